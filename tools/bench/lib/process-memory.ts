/**
 * Peak resident memory of a process and everything it starts (tsx's child, Astro's workers,
 * Pagefind's binary), sampled from /proc (Linux). Node reports only its own process's peak, and a
 * site build is several processes.
 */
import { readdirSync, readFileSync } from 'node:fs'

const PAGE_BYTES = 4096

const parentOf = (pid: number): number | undefined => {
  try {
    // /proc/<pid>/stat: "pid (name) state ppid ...": the name may hold spaces, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return undefined
  }
}

const residentBytes = (pid: number): number => {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES
  } catch {
    return 0 // gone between the listing and the read
  }
}

/** The resident bytes of `root` and all its descendants now. */
export const treeResidentBytes = (root: number): number => {
  const children = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    const pid = Number(name)
    if (!Number.isInteger(pid)) continue
    const parent = parentOf(pid)
    if (parent === undefined) continue
    const list = children.get(parent)
    if (list) list.push(pid)
    else children.set(parent, [pid])
  }
  let bytes = 0
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.pop()!
    bytes += residentBytes(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return bytes
}

/** Sample the tree under `root` every `intervalMs` until `stop()`, which returns the peak in bytes. */
export const watchPeakMemory = (root: number, intervalMs = 200): { stop: () => number } => {
  let peak = 0
  const sample = () => {
    peak = Math.max(peak, treeResidentBytes(root))
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}
