-- AlterTable
ALTER TABLE "Visit" ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "InboxMessage" ADD COLUMN     "cardAction" TEXT,
ADD COLUMN     "recallOf" TEXT;
