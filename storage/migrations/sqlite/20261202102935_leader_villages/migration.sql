-- CreateTable
CREATE TABLE "LeaderVillage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "memberId" INTEGER NOT NULL,
    "villageId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LeaderVillage_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LeaderVillage_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LeaderVillage_villageId_idx" ON "LeaderVillage"("villageId");

-- CreateIndex
CREATE UNIQUE INDEX "LeaderVillage_memberId_villageId_key" ON "LeaderVillage"("memberId", "villageId");
