-- AlterTable
ALTER TABLE "Township" ADD COLUMN     "reviewRequired" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "closedById" INTEGER,
ADD COLUMN     "originalDueOn" TEXT,
ADD COLUMN     "reboundOfId" INTEGER,
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedBy" TEXT,
ADD COLUMN     "reviewedById" INTEGER;

-- CreateTable
CREATE TABLE "IssueDeadlineRequest" (
    "id" SERIAL NOT NULL,
    "issueId" INTEGER NOT NULL,
    "fromDueOn" TEXT,
    "toDueOn" TEXT NOT NULL,
    "reason" TEXT,
    "requestedBy" TEXT NOT NULL,
    "requestedById" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "decidedBy" TEXT,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,

    CONSTRAINT "IssueDeadlineRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssueFollowUp" (
    "id" SERIAL NOT NULL,
    "issueId" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "satisfaction" TEXT,
    "text" TEXT,
    "by" TEXT NOT NULL,
    "byId" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "newIssueId" INTEGER,

    CONSTRAINT "IssueFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IssueDeadlineRequest_issueId_status_idx" ON "IssueDeadlineRequest"("issueId", "status");

-- CreateIndex
CREATE INDEX "IssueFollowUp_issueId_idx" ON "IssueFollowUp"("issueId");

-- AddForeignKey
ALTER TABLE "IssueDeadlineRequest" ADD CONSTRAINT "IssueDeadlineRequest_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssueFollowUp" ADD CONSTRAINT "IssueFollowUp_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
