/**
 * The site build's process for its calendar feeds and open data (site/build/data-files.ts): it is
 * sent one job, writes the files and answers with what it wrote, or with the error.
 */
import { writeDataFiles, type DataFilesJob } from './data-files.ts'

process.once('message', (job: DataFilesJob) => {
  writeDataFiles(job).then(
    (result) => process.send!({ ok: true, result }, () => process.exit(0)),
    (error: unknown) =>
      process.send!({ ok: false, error: error instanceof Error ? error.message : String(error) }, () =>
        process.exit(1),
      ),
  )
})
