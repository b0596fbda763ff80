export interface DateFault {
  fault: string;
}
