-- AlterTable
ALTER TABLE "ChatGroup" ADD COLUMN     "pausedAt" TIMESTAMP(3);
