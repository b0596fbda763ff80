-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "imageAlt" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "imagePng" BLOB;

-- CreateTable
CREATE TABLE "BoardKey" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "secret" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
