/**
 * JSON Lines read as a stream, in constant memory: the bytes are split at each `\n` as they arrive,
 * each line is decoded as strict UTF-8 (an invalid byte is bad input, never U+FFFD) and parsed alone,
 * and a line longer than {@link MAX_LINE_BYTES} is refused without being held (so `/dev/zero` or a file
 * with no newline ends with an error, not with the memory of the machine). A UTF-8 byte-order mark
 * at the start of the first line is dropped; a `\r` before the `\n` too. Blank lines are skipped.
 * @module
 */

/** The longest line the CLI reads, in bytes: 1 MiB (a voice room of 1,500 participants is about 100 KB). */
export const MAX_LINE_BYTES = 1 << 20;

/** One non-blank line: its 1-based number and its value, or why it is not a JSON value. */
export type JsonLine =
  | { readonly line: number; readonly ok: true; readonly value: unknown }
  | { readonly line: number; readonly ok: false; readonly error: string };

const NL = 0x0a;
const CR = 0x0d;

/** Decodes and parses one line's bytes (without its `\n`). `undefined` for a blank line. */
function parseLine(bytes: Uint8Array, line: number, decoder: TextDecoder): JsonLine | undefined {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === CR) end--;
  let start = 0;
  if (line === 1 && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(start, end));
  } catch {
    return { line, ok: false, error: 'is not valid UTF-8' };
  }
  if (text.trim() === '') return undefined;
  try {
    return { line, ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { line, ok: false, error: `is not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Joins the pending pieces of a line and `tail` into one array. */
function concat(pieces: readonly Uint8Array[], size: number): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The non-blank lines of a byte stream as JSON values, one by one as they arrive. Holds at most one
 * line ({@link MAX_LINE_BYTES}) and one chunk of the stream at a time.
 */
export async function* jsonLines(
  stream: AsyncIterable<Uint8Array | string>,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<JsonLine> {
  // fatal: an invalid byte throws instead of becoming U+FFFD; ignoreBOM: the BOM is dropped by hand, on line 1 only
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const encoder = new TextEncoder();
  let pieces: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    let from = 0;
    while (from <= bytes.length) {
      const nl = bytes.indexOf(NL, from);
      const end = nl < 0 ? bytes.length : nl;
      if (!tooLong) {
        if (size + end - from > maxLineBytes) {
          // said at once, and the rest of the line is dropped unread: a stream with no newline never ends
          tooLong = true;
          pieces = [];
          size = 0;
          yield { line, ok: false, error: `is longer than ${maxLineBytes} bytes` };
        } else if (end > from) {
          pieces.push(bytes.subarray(from, end));
          size += end - from;
        }
      }
      if (nl < 0) break;
      if (!tooLong) {
        const parsed = parseLine(concat(pieces, size), line, decoder);
        if (parsed !== undefined) yield parsed;
      }
      pieces = [];
      size = 0;
      tooLong = false;
      line++;
      from = nl + 1;
    }
    // the pieces still pending point into this chunk: copy them so the stream can reuse its buffer
    if (pieces.length > 0) {
      pieces = [concat(pieces, size).slice()];
    }
  }
  if (!tooLong && size > 0) {
    const parsed = parseLine(concat(pieces, size), line, decoder);
    if (parsed !== undefined) yield parsed;
  }
}
