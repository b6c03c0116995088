/** Reads one QR code with the camera where the browser has BarcodeDetector (Chrome on Android). */
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

type DetectorConstructor = new (options: { formats: string[] }) => Detector;

export const canScan = (): boolean => 'BarcodeDetector' in window && Boolean(navigator.mediaDevices?.getUserMedia);

/** Shows the camera in `video` until a QR code is read (resolves its text) or `signal` aborts. */
export async function scanQr(video: HTMLVideoElement, signal: AbortSignal): Promise<string | null> {
  const Barcode = (window as unknown as { BarcodeDetector: DetectorConstructor }).BarcodeDetector;
  const detector = new Barcode({ formats: ['qr_code'] });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  try {
    video.srcObject = stream;
    await video.play();
    while (!signal.aborted) {
      const found = await detector.detect(video).catch(() => []);
      if (found[0]?.rawValue) return found[0].rawValue;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return null;
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  }
}
