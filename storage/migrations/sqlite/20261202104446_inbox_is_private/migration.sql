-- AlterTable
ALTER TABLE "InboxMessage" ADD COLUMN "isPrivate" BOOLEAN;
