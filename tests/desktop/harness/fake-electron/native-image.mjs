/**
 * `nativeImage`: reads the file for real. A missing, unreadable or non-image
 * file gives an empty image (isEmpty() === true), as in Electron.
 */
import fs from 'node:fs';
import path from 'node:path';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG or JPEG buffer; null when it is neither. */
export function imageSize(buffer) {
  if (buffer.length >= 24 && buffer.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
  }
  if (buffer.length > 4 && buffer[0] === 0xff && buffer[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < buffer.length) {
      if (buffer[offset] !== 0xff) return null;
      const marker = buffer[offset + 1];
      const length = buffer.readUInt16BE(offset + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: buffer.readUInt16BE(offset + 5), width: buffer.readUInt16BE(offset + 7) };
      }
      offset += 2 + length;
    }
  }
  return null;
}

export function install(ctx) {
  class NativeImage {
    constructor(buffer, source, size) {
      this._buffer = buffer;
      this._source = source;
      this._size = size ?? { width: 0, height: 0 };
      this._template = false;
    }
    isEmpty() {
      return this._buffer === null;
    }
    getSize() {
      return { ...this._size };
    }
    getAspectRatio() {
      return this._size.height === 0 ? 1 : this._size.width / this._size.height;
    }
    toPNG() {
      return this._buffer ?? Buffer.alloc(0);
    }
    toDataURL() {
      return this._buffer
        ? `data:image/png;base64,${this._buffer.toString('base64')}`
        : 'data:image/png;base64,';
    }
    resize({ width, height } = {}) {
      const w = width ?? Math.round((height ?? this._size.height) * this.getAspectRatio());
      const h = height ?? Math.round((width ?? this._size.width) / this.getAspectRatio());
      return new NativeImage(
        this._buffer,
        this._source,
        this.isEmpty() ? undefined : { width: w, height: h },
      );
    }
    crop(rect) {
      return new NativeImage(this._buffer, this._source, { width: rect.width, height: rect.height });
    }
    setTemplateImage(value) {
      this._template = Boolean(value);
    }
    isTemplateImage() {
      return this._template;
    }
    addRepresentation() {}
    __describe() {
      return { nativeImage: this._source, empty: this.isEmpty(), ...this._size };
    }
  }

  const fromBuffer = (buffer, source) => {
    const size = buffer ? imageSize(buffer) : null;
    return size ? new NativeImage(buffer, source, size) : new NativeImage(null, source);
  };

  const nativeImage = {
    createFromPath(file) {
      ctx.record('nativeImage', 'createFromPath', [file]);
      let buffer;
      try {
        buffer = fs.readFileSync(path.resolve(String(file)));
      } catch {
        buffer = null;
      }
      return fromBuffer(buffer, String(file));
    },
    createFromBuffer(buffer) {
      ctx.record('nativeImage', 'createFromBuffer', [buffer]);
      return fromBuffer(Buffer.isBuffer(buffer) ? buffer : null, '(buffer)');
    },
    createFromDataURL(url) {
      ctx.record('nativeImage', 'createFromDataURL', [String(url).slice(0, 40)]);
      const match = /^data:[^;,]*;base64,(.*)$/.exec(String(url));
      return fromBuffer(match ? Buffer.from(match[1], 'base64') : null, '(data url)');
    },
    createEmpty() {
      return new NativeImage(null, '(empty)');
    },
  };
  /** Used by Tray and BrowserWindow, which accept an image or a path. */
  nativeImage._coerce = (image) =>
    image instanceof NativeImage
      ? image
      : typeof image === 'string'
        ? nativeImage.createFromPath(image)
        : null;

  return { nativeImage, NativeImage };
}
