-- AlterTable
ALTER TABLE "Issue" ADD COLUMN "closedById" INTEGER;
ALTER TABLE "Issue" ADD COLUMN "originalDueOn" TEXT;
ALTER TABLE "Issue" ADD COLUMN "reboundOfId" INTEGER;
ALTER TABLE "Issue" ADD COLUMN "reviewedAt" DATETIME;
ALTER TABLE "Issue" ADD COLUMN "reviewedBy" TEXT;
ALTER TABLE "Issue" ADD COLUMN "reviewedById" INTEGER;

-- CreateTable
CREATE TABLE "IssueDeadlineRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "issueId" INTEGER NOT NULL,
    "fromDueOn" TEXT,
    "toDueOn" TEXT NOT NULL,
    "reason" TEXT,
    "requestedBy" TEXT NOT NULL,
    "requestedById" INTEGER NOT NULL,
    "requestedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "decidedBy" TEXT,
    "decidedById" INTEGER,
    "decidedAt" DATETIME,
    "decisionReason" TEXT,
    CONSTRAINT "IssueDeadlineRequest_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IssueFollowUp" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "issueId" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "satisfaction" TEXT,
    "text" TEXT,
    "by" TEXT NOT NULL,
    "byId" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    "newIssueId" INTEGER,
    CONSTRAINT "IssueFollowUp_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Township" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewRequired" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_Township" ("createdAt", "id", "name") SELECT "createdAt", "id", "name" FROM "Township";
DROP TABLE "Township";
ALTER TABLE "new_Township" RENAME TO "Township";
CREATE UNIQUE INDEX "Township_name_key" ON "Township"("name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "IssueDeadlineRequest_issueId_status_idx" ON "IssueDeadlineRequest"("issueId", "status");

-- CreateIndex
CREATE INDEX "IssueFollowUp_issueId_idx" ON "IssueFollowUp"("issueId");
