/** A picture or file over the configured size cap: kept as a record, never downloaded. */
export class AttachmentTooLarge extends Error {
  constructor(
    readonly maxBytes: number,
    /** The size when the platform said it, or null when the download passed the cap. */
    readonly bytes: number | null,
  ) {
    super(`attachment over ${maxBytes} bytes${bytes === null ? '' : ` (${bytes})`}`);
    this.name = 'AttachmentTooLarge';
  }
}
