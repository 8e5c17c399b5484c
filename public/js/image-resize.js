// Makes a chosen photo or logo smaller in the browser before it is uploaded: a file input with data-resize-max
// gets its image redrawn on a canvas with its longest side at most that many pixels. PNG stays PNG (logos keep
// their transparency), everything else becomes JPEG. Without JavaScript, or when anything fails, the original file
// goes as it is; the server checks the content either way (src/media/image-check.ts).
(() => {
  const LARGE_BYTES = 1024 * 1024;

  function loadImage(file) {
    return new Promise((resolve, reject) => {
      const url = URL.createObjectURL(file);
      const img = new Image();
      img.onload = () => resolve({ img, url });
      img.onerror = () => {
        URL.revokeObjectURL(url);
        reject(new Error('unreadable'));
      };
      img.src = url;
    });
  }

  async function smaller(file, maxSide) {
    if (!/^image\/(jpeg|png|webp)$/.test(file.type)) return null;
    const { img, url } = await loadImage(file);
    try {
      const scale = Math.min(1, maxSide / Math.max(img.naturalWidth, img.naturalHeight));
      if (scale === 1 && file.size <= LARGE_BYTES) return null;
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
      canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
      canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
      const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, type, 0.85));
      if (!blob || blob.size >= file.size) return null;
      const name = file.name.replace(/\.[^.]*$/, '') + (type === 'image/png' ? '.png' : '.jpg');
      return new File([blob], name, { type, lastModified: Date.now() });
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  document.addEventListener('change', async (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.resizeMax) return;
    const file = input.files && input.files[0];
    if (!file || typeof DataTransfer === 'undefined') return;
    try {
      const resized = await smaller(file, Number(input.dataset.resizeMax));
      if (!resized || input.files[0] !== file) return;
      const transfer = new DataTransfer();
      transfer.items.add(resized);
      input.files = transfer.files;
    } catch {
      // Keep the original file: the server tells the user if it cannot be used.
    }
  });
})();
