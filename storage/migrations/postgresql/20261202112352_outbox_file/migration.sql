-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "file" TEXT;
