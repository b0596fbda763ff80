-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "meetingId" INTEGER;

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "villageId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "group" TEXT,
    "heldOn" TEXT NOT NULL,
    "attendees" INTEGER,
    "minutes" TEXT,
    "recordedBy" TEXT,
    "inboxId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_villageId_heldOn_idx" ON "Meeting"("villageId", "heldOn");
