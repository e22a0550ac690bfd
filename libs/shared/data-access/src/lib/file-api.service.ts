import { inject, Injectable } from '@angular/core';
import { ApiError } from './api-error';
import { SessionRefresh } from './session-refresh.service';
import { SessionStore } from './session-store';

/** What `POST /api/files` answers. */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

/** REST file endpoints (`/api/*`) with the bearer token; one session renewal on 401. Errors are `ApiError`s. */
@Injectable({ providedIn: 'root' })
export class FileApi {
  private readonly store = inject(SessionStore);
  private readonly renewal = inject(SessionRefresh);

  /** Uploads one file (multipart, field `file`). */
  async upload(file: File | Blob, name?: string): Promise<UploadedFile> {
    const response = await this.send('/api/files', () => {
      const body = new FormData();
      if (name !== undefined) body.append('file', file, name);
      else body.append('file', file);
      return { method: 'POST', body };
    });
    return (await response.json()) as UploadedFile;
  }

  /** Downloads a stored file (`GET /api/files/:id`). */
  async download(fileId: string): Promise<Blob> {
    return this.getBlob(`/api/files/${encodeURIComponent(fileId)}`);
  }

  /** GET of any file endpoint under `/api` (templates, exports). */
  async getBlob(path: string): Promise<Blob> {
    const response = await this.send(path, () => ({ method: 'GET' }));
    return response.blob();
  }

  /** Offers a blob to the user as a download named `fileName`. */
  saveBlob(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    anchor.rel = 'noopener';
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  /** Opens a blob (e.g. a PDF) in a new tab; falls back to a download when pop-ups are blocked. */
  openBlob(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    const opened = window.open(url, '_blank', 'noopener');
    if (!opened) this.saveBlob(blob, fileName);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private async send(path: string, init: () => RequestInit, renewed = false): Promise<Response> {
    const request = init();
    const token = this.store.accessToken();
    const headers = new Headers(request.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await fetch(path, { ...request, headers, credentials: 'same-origin' });
    } catch (error) {
      throw ApiError.from(error);
    }
    if (response.status === 401 && !renewed && token && (await this.renewal.refresh())) {
      return this.send(path, init, true);
    }
    if (!response.ok) throw await ApiError.fromResponse(response);
    return response;
  }
}
