-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "escalatedBy" TEXT,
ADD COLUMN     "escalatedById" INTEGER,
ADD COLUMN     "escalatedTo" TEXT,
ADD COLUMN     "escalationReason" TEXT,
ADD COLUMN     "takenAt" TIMESTAMP(3),
ADD COLUMN     "takenBy" TEXT,
ADD COLUMN     "takenById" INTEGER;

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "cancelledById" INTEGER;
