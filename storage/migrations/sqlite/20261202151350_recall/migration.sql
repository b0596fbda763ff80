-- AlterTable
ALTER TABLE "Visit" ADD COLUMN "withdrawnAt" DATETIME;

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN "withdrawnAt" DATETIME;

-- AlterTable
ALTER TABLE "InboxMessage" ADD COLUMN "cardAction" TEXT;
ALTER TABLE "InboxMessage" ADD COLUMN "recallOf" TEXT;
