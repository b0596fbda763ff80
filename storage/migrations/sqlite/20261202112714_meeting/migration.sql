-- AlterTable
ALTER TABLE "Issue" ADD COLUMN "meetingId" INTEGER;

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "villageId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "group" TEXT,
    "heldOn" TEXT NOT NULL,
    "attendees" INTEGER,
    "minutes" TEXT,
    "recordedBy" TEXT,
    "inboxId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Meeting_villageId_heldOn_idx" ON "Meeting"("villageId", "heldOn");
