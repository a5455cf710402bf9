/** Small real image files for upload tests. */
export function tinyJpeg(width = 4, height = 3): Buffer {
  const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
  return Buffer.from([
    0xff,
    0xd8, // SOI
    0xff,
    0xe0,
    ...be16(16),
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    ...be16(1),
    ...be16(1),
    0x00,
    0x00, // APP0 JFIF
    0xff,
    0xc0,
    ...be16(17),
    0x08,
    ...be16(height),
    ...be16(width),
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01, // SOF0
    0xff,
    0xd9, // EOI
  ]);
}
