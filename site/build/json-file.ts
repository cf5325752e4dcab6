/**
 * JSON written to a file a piece at a time: an object's arrays element by element, so that a
 * document of hundreds of megabytes (the open-data bulk file at 20,000 services is 230 MB) is never
 * one string in memory. The file holds exactly what JSON.stringify would give.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { isPlainObject } from '../../core/values/plain-object.ts'

/** The JSON text of a value in pieces: the top-level object's keys, and its arrays an element at a time. */
export function* jsonPieces(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    yield '['
    for (let i = 0; i < value.length; i++) yield (i > 0 ? ',' : '') + (JSON.stringify(value[i]) ?? 'null')
    yield ']'
    return
  }
  if (!isPlainObject(value)) {
    yield JSON.stringify(value) ?? 'null'
    return
  }
  yield '{'
  let first = true
  for (const [key, entry] of Object.entries(value)) {
    // As JSON.stringify: keys whose values have no JSON (undefined, functions, symbols) are left out.
    if (entry === undefined || typeof entry === 'function' || typeof entry === 'symbol') continue
    yield `${first ? '' : ','}${JSON.stringify(key)}:`
    first = false
    if (Array.isArray(entry)) yield* jsonPieces(entry)
    else yield JSON.stringify(entry)
  }
  yield '}'
}

/** Write a value's JSON to a file in pieces of about 1 MB; returns the bytes written. */
export const writeJsonFile = async (file: string, value: unknown): Promise<number> => {
  const out = createWriteStream(file)
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error))
  failed.catch(() => undefined)
  let [bytes, buffered] = [0, [] as string[]]
  let size = 0
  const flush = async () => {
    const chunk = Buffer.from(buffered.join(''))
    buffered = []
    size = 0
    bytes += chunk.length
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed])
  }
  for (const piece of jsonPieces(value)) {
    buffered.push(piece)
    size += piece.length
    if (size >= 1 << 20) await flush()
  }
  await flush()
  out.end()
  await Promise.race([once(out, 'finish'), failed])
  return bytes
}
