-- CreateTable
CREATE TABLE "Campaign" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "villageId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "categories" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "remoteCounts" BOOLEAN NOT NULL DEFAULT false,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Campaign_villageId_dueOn_idx" ON "Campaign"("villageId", "dueOn");
