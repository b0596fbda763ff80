-- CreateTable
CREATE TABLE "HintGiven" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "givenAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "HintGiven_key_key" ON "HintGiven"("key");
