-- AlterTable
ALTER TABLE "Issue" ADD COLUMN "escalatedAt" DATETIME;
ALTER TABLE "Issue" ADD COLUMN "escalatedBy" TEXT;
ALTER TABLE "Issue" ADD COLUMN "escalatedById" INTEGER;
ALTER TABLE "Issue" ADD COLUMN "escalatedTo" TEXT;
ALTER TABLE "Issue" ADD COLUMN "escalationReason" TEXT;
ALTER TABLE "Issue" ADD COLUMN "takenAt" DATETIME;
ALTER TABLE "Issue" ADD COLUMN "takenBy" TEXT;
ALTER TABLE "Issue" ADD COLUMN "takenById" INTEGER;

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "cancelledAt" DATETIME;
ALTER TABLE "Campaign" ADD COLUMN "cancelledById" INTEGER;
