import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnDestroy,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { parseCardPayload } from './card-payload';
import { loadQrDecoder, QrDecoder } from './qr-decoder';

type ScannerState = 'loading' | 'scanning' | 'unsupported' | 'denied';

/** Frames are decoded at most this often (decoding a frame takes a phone some tens of milliseconds). */
const DECODE_INTERVAL_MS = 150;
/** Frames are scaled down to this width before decoding. */
const DECODE_WIDTH = 640;

/**
 * Reads a points-card QR code with the back camera (getUserMedia): frames are drawn on a canvas and decoded with
 * jsQR, which is loaded only when scanning starts. Emits the card number.
 */
@Component({
  selector: 'xz-qr-scanner',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './qr-scanner.component.html',
  styleUrl: './qr-scanner.component.css',
})
export class QrScannerComponent implements AfterViewInit, OnDestroy {
  /** The card number read from a QR code. */
  readonly scanned = output<string>();
  /** The user stopped scanning. */
  readonly closed = output<void>();

  protected readonly state = signal<ScannerState>('loading');
  protected readonly invalidText = signal<string | null>(null);
  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  private stream: MediaStream | null = null;
  private frame: number | null = null;
  private destroyed = false;

  async ngAfterViewInit(): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia) {
      this.state.set('unsupported');
      return;
    }
    try {
      const [stream, decode] = await Promise.all([
        navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false }),
        loadQrDecoder(),
      ]);
      if (this.destroyed) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      this.stream = stream;
      const video = this.video().nativeElement;
      video.srcObject = stream;
      await video.play();
      this.state.set('scanning');
      this.scan(video, decode);
    } catch {
      this.stop();
      this.state.set('denied');
    }
  }

  protected stopScanning(): void {
    this.stop();
    this.closed.emit();
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.stop();
  }

  private scan(video: HTMLVideoElement, decode: QrDecoder): void {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) {
      this.state.set('unsupported');
      return;
    }
    let last = 0;
    const tick = (time: number) => {
      if (this.destroyed || !this.stream) return;
      if (time - last >= DECODE_INTERVAL_MS && video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth) {
        last = time;
        const scale = Math.min(1, DECODE_WIDTH / video.videoWidth);
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const text = decode(image.data, image.width, image.height);
        if (text) {
          const cardNumber = parseCardPayload(text);
          if (cardNumber) {
            this.stop();
            this.scanned.emit(cardNumber);
            return;
          }
          this.invalidText.set(text.slice(0, 60));
        }
      }
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private stop(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = null;
  }
}
