-- AlterTable
ALTER TABLE "ChatGroup" ADD COLUMN "pausedAt" DATETIME;
