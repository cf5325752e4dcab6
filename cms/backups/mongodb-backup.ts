/**
 * The MongoDB side of a backup: every collection of the database named in DATABASE_URL, one
 * canonical EJSON document a line (so ObjectIds, dates, Int32/Int64/Double and Decimal128 keep
 * their BSON types), its indexes, and the restore of them with insertMany, _id and all.
 * Payload's MongoDB adapter brings the `mongodb` driver (and its BSON/EJSON); no mongodump needed.
 * On a replica set (Payload's transactions need one) every collection is read at one point in time.
 *
 * Not tested here: no MongoDB server runs in this project's test environment.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { BSON, MongoClient, type ClientSession, type Db, type Document, type IndexDescription } from 'mongodb'
import { BackupError, messageOf } from './backup-error.ts'
import { MONGODB_INDEXES_PATH, mongoCollectionPath, summariseCounts, type Manifest } from './manifest.ts'
import type { SourceFile } from './archive.ts'

const { EJSON } = BSON
const canonical = { relaxed: false } as const

/** A document as one line of the archive: canonical EJSON, which keeps every BSON type. */
export const toLine = (document: Document): string => EJSON.stringify(document, canonical)
export const fromLine = (line: string): Document => EJSON.parse(line, canonical) as Document

/** The indexes to make on a restored collection: all but _id's, without the server's own fields. */
export const indexesToCreate = (specs: Document[]): IndexDescription[] =>
  specs
    .filter((spec) => spec.name !== '_id_')
    .map(({ v: _version, ns: _namespace, ...spec }) => spec as IndexDescription)
const INSERT_BATCH = 1000
/** Migration bookkeeping: a database that holds only this is empty. */
const BOOKKEEPING = new Set(['payload-migrations'])

const withDatabase = async <T>(url: string, use: (db: Db, client: MongoClient) => Promise<T>): Promise<T> => {
  const client = new MongoClient(url)
  try {
    await client.connect()
  } catch (error) {
    throw new BackupError(
      `Cannot connect to the MongoDB database in DATABASE_URL (${messageOf(error)}). Check that it is running and that the URL is right.`,
    )
  }
  try {
    return await use(client.db(), client)
  } finally {
    await client.close()
  }
}

/** The database's collections, views and system collections aside, by name. */
const collectionNames = async (db: Db): Promise<string[]> =>
  (await db.listCollections({ type: 'collection' }, { nameOnly: true }).toArray())
    .map((info) => info.name)
    .filter((name) => !name.startsWith('system.'))
    .sort()

const countsOf = async (db: Db): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {}
  for (const name of await collectionNames(db)) counts[name] = await db.collection(name).countDocuments()
  return counts
}

/** Documents in each collection of the database. */
export const mongoCounts = (url: string): Promise<Record<string, number>> => withDatabase(url, countsOf)

const fileIn = (dir: string, archivePath: string): string => path.join(dir, ...archivePath.split('/'))

/** Write every collection and the indexes under `dir`, in the archive's layout. */
export const dumpMongo = (url: string, dir: string): Promise<{ counts: Record<string, number>; files: SourceFile[] }> =>
  withDatabase(url, async (db, client) => {
    const hello = await db.admin().command({ hello: 1 })
    const session: ClientSession | undefined = hello.setName ? client.startSession({ snapshot: true }) : undefined
    try {
      const counts: Record<string, number> = {}
      const indexes: Record<string, Document[]> = {}
      const files: SourceFile[] = []
      for (const name of await collectionNames(db)) {
        const archivePath = mongoCollectionPath(name)
        const file = fileIn(dir, archivePath)
        await mkdir(path.dirname(file), { recursive: true })
        let count = 0
        const cursor = db.collection(name).find({}, session ? { session } : {})
        await pipeline(
          Readable.from(
            (async function* () {
              for await (const document of cursor) {
                count++
                yield `${toLine(document)}\n`
              }
            })(),
          ),
          createWriteStream(file),
        )
        counts[name] = count
        indexes[name] = await db.collection(name).indexes()
        files.push({ path: archivePath, absolute: file })
      }
      const indexFile = fileIn(dir, MONGODB_INDEXES_PATH)
      await writeFile(indexFile, `${EJSON.stringify(indexes, undefined, 2, canonical)}\n`)
      files.push({ path: MONGODB_INDEXES_PATH, absolute: indexFile })
      return { counts, files }
    } finally {
      await session?.endSession()
    }
  })

/**
 * Whether a restore may write the MongoDB database: it may when no collection holds a document
 * (migration bookkeeping aside). Otherwise throws, naming what is there, and changes nothing.
 */
export const checkMongoTarget = (url: string): Promise<'empty'> =>
  withDatabase(url, async (db) => {
    const counts = await countsOf(db)
    const held = Object.fromEntries(Object.entries(counts).filter(([name, n]) => n > 0 && !BOOKKEEPING.has(name)))
    if (Object.keys(held).length > 0)
      throw new BackupError(
        `The MongoDB database "${db.databaseName}" is not empty: it holds ${summariseCounts(held)}. A restore goes into an empty database, so that nothing saved is lost: ` +
          'point DATABASE_URL at a new database name, or drop this one first. Nothing was changed.',
      )
    return 'empty' as const
  })

/** Insert every collection unpacked under `dir` (as the manifest lists them), then their indexes. */
export const restoreMongo = (url: string, dir: string, manifest: Manifest): Promise<void> =>
  withDatabase(url, async (db) => {
    const existing = new Set(await collectionNames(db))
    for (const name of Object.keys(manifest.database.counts)) {
      if (!existing.has(name)) await db.createCollection(name)
      const collection = db.collection(name)
      const lines = createInterface({
        input: createReadStream(fileIn(dir, mongoCollectionPath(name))),
        crlfDelay: Infinity,
      })
      let batch: Document[] = []
      try {
        for await (const line of lines) {
          if (line === '') continue
          batch.push(fromLine(line))
          if (batch.length >= INSERT_BATCH) {
            await collection.insertMany(batch, { ordered: true })
            batch = []
          }
        }
        if (batch.length > 0) await collection.insertMany(batch, { ordered: true })
      } catch (error) {
        throw new BackupError(
          `Restoring the MongoDB collection "${name}" failed (${messageOf(error)}). The database is partly restored: drop it before trying again.`,
        )
      }
    }
    const indexes = EJSON.parse(await readFile(fileIn(dir, MONGODB_INDEXES_PATH), 'utf8'), canonical) as Record<
      string,
      Document[]
    >
    for (const [name, specs] of Object.entries(indexes)) {
      const wanted = indexesToCreate(specs)
      if (wanted.length === 0) continue
      try {
        await db.collection(name).createIndexes(wanted)
      } catch (error) {
        throw new BackupError(
          `The indexes of the MongoDB collection "${name}" could not be made (${messageOf(error)}). Its documents are restored; Payload makes its own indexes when it starts.`,
        )
      }
    }
  })
