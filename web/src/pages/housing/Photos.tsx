import { CameraOutlined, PictureOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Image, Progress, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { StateTag } from '../../layout/StateTag';
import { messageFor } from '../../i18n/errors';
import { PHOTO_KIND_NAMES, PHOTO_STATUS_NAMES } from '../../i18n/labels';
import { dateText } from '../../lib/format';
import type { CaseFileView } from './data';
import { postToBucket, type PreparedPhoto, preparePhoto, requestUpload, type UploadTarget } from './upload';

type Photo = CaseFileView['photoList'][number];

/** Why the check refused a photo, in Chinese (the server's reason when its code is not known here). */
const rejectionText = (photo: Photo): string => messageFor(photo.reasonCode, photo.reason ?? '未通过检查');

function Thumbnail({ caseId, photo }: { caseId: string; photo: Photo }) {
  const link = useQuery({
    queryKey: ['photo-link', caseId, photo.photoId],
    enabled: photo.status === 'accepted',
    staleTime: 4 * 60_000,
    queryFn: async () =>
      (await unwrap(
        api.GET('/v1/housing/cases/{caseId}/photos/{photoId}', {
          params: { path: { caseId, photoId: photo.photoId } },
        }),
      )) as { url?: string },
  });
  const kind = PHOTO_KIND_NAMES[photo.kind] ?? photo.kind;
  return (
    <Card size="small" data-testid="photo" style={{ width: 150 }}>
      {photo.status === 'accepted' && link.data?.url ? (
        <Image src={link.data.url} alt={`${kind}照片`} width={126} height={94} style={{ objectFit: 'cover' }} />
      ) : (
        <div style={{ width: 126, height: 94, background: '#f0f0f0', display: 'grid', placeItems: 'center' }}>
          {PHOTO_STATUS_NAMES[photo.status]}
        </div>
      )}
      <div style={{ marginTop: 4 }}>
        {kind}{' '}
        <StateTag tone={photo.status === 'accepted' ? 'green' : photo.status === 'rejected' ? 'red' : 'grey'}>
          {PHOTO_STATUS_NAMES[photo.status]}
        </StateTag>
      </div>
      {photo.status === 'rejected' && (
        <Typography.Text type="danger" style={{ fontSize: 13 }}>
          {rejectionText(photo)}
        </Typography.Text>
      )}
      {photo.decidedOn && (
        <div className="muted" style={{ fontSize: 12 }}>
          {dateText(photo.decidedOn)}
        </div>
      )}
    </Card>
  );
}

/** What became of a sent upload: the check's verdict once the case file holds it, the same words as its thumbnail. */
function UploadVerdict({ photo }: { photo: Photo | undefined }) {
  if (photo?.status === 'accepted') {
    return (
      <Typography.Text>
        已上传，<StateTag tone="green">检查通过</StateTag>
      </Typography.Text>
    );
  }
  if (photo?.status === 'rejected') {
    return <Typography.Text type="danger">已上传，检查未通过：{rejectionText(photo)}</Typography.Text>;
  }
  return <Typography.Text>已上传，等待检查结果…</Typography.Text>;
}

interface Upload {
  id: number;
  kind: string;
  name: string;
  file: File;
  state: 'preparing' | 'uploading' | 'failed' | 'sent';
  progress: number;
  error?: string;
  prepared?: PreparedPhoto;
  target?: UploadTarget;
}

const RETRY_DELAYS = [1000, 3000, 8000];
let nextId = 1;

/**
 * Photos of the case file: thumbnails through signed links, and uploads from the camera or the gallery —
 * downscaled and JPEG-encoded in the browser, sent through the presigned POST with a progress bar, retried
 * on failure and resumable by the clerk; the check's verdict appears without reloading.
 */
export function Photos({ file, canUpload }: { file: CaseFileView; canUpload: boolean }) {
  const [kind, setKind] = useState<string>('before');
  const [uploads, setUploads] = useState<Upload[]>([]);
  const camera = useRef<HTMLInputElement>(null);
  const gallery = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();

  const update = (id: number, patch: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.id === id ? { ...u, ...patch } : u)));

  async function send(upload: Upload): Promise<void> {
    let { prepared, target } = upload;
    for (let attempt = 0; ; attempt++) {
      try {
        if (!prepared) {
          update(upload.id, { state: 'preparing' });
          prepared = await preparePhoto(upload.file);
        }
        if (!target) {
          target = await requestUpload(file.caseId, upload.kind, prepared);
          update(upload.id, { target, prepared });
        }
        update(upload.id, { state: 'uploading', progress: 0, error: undefined });
        await postToBucket(target, prepared.blob, (p) => update(upload.id, { progress: p }));
        update(upload.id, { state: 'sent', progress: 1 });
        await queryClient.invalidateQueries({ queryKey: ['case', file.caseId] });
        return;
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        // A presigned POST that expired (403) needs a new one; other failures retry the same.
        if (/ 403$/.test(error)) target = undefined;
        if (attempt >= RETRY_DELAYS.length) {
          update(upload.id, { state: 'failed', error, prepared, target });
          return;
        }
        update(upload.id, { error: `${error}，正在重试（第${attempt + 1}次）…` });
        await new Promise((ok) => setTimeout(ok, RETRY_DELAYS[attempt]));
      }
    }
  }

  async function start(files: FileList | null): Promise<void> {
    for (const f of Array.from(files ?? [])) {
      const upload: Upload = { id: nextId++, kind, name: f.name, file: f, state: 'preparing', progress: 0 };
      setUploads((list) => [...list, upload]);
      await send(upload);
    }
  }

  return (
    <section aria-labelledby="photos-title">
      <Typography.Title level={2} id="photos-title" style={{ fontSize: 17 }}>
        照片
      </Typography.Title>
      {file.photoList.length === 0 ? (
        <Typography.Paragraph className="muted">还没有照片。</Typography.Paragraph>
      ) : (
        <Space wrap>
          {file.photoList.map((p) => (
            <Thumbnail key={p.photoId} caseId={file.caseId} photo={p} />
          ))}
        </Space>
      )}
      {canUpload && (
        <Card size="small" style={{ marginTop: 12 }} title="上传照片或材料（材料可拍照上传）">
          <Form layout="vertical">
            <Form.Item label="类别" htmlFor="photo-kind" style={{ marginBottom: 8 }}>
              <Select
                id="photo-kind"
                value={kind}
                onChange={setKind}
                options={Object.entries(PHOTO_KIND_NAMES).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          </Form>
          <Space wrap>
            <Button type="primary" icon={<CameraOutlined />} onClick={() => camera.current?.click()}>
              拍照
            </Button>
            <Button icon={<PictureOutlined />} onClick={() => gallery.current?.click()}>
              从相册选择
            </Button>
          </Space>
          <label className="skip-link" htmlFor="photo-camera">
            拍照上传
          </label>
          <input
            id="photo-camera"
            ref={camera}
            type="file"
            accept="image/*"
            capture="environment"
            hidden
            onChange={(e) => {
              void start(e.target.files);
              e.target.value = '';
            }}
          />
          <label className="skip-link" htmlFor="photo-gallery">
            从相册选择照片
          </label>
          <input
            id="photo-gallery"
            data-testid="photo-gallery"
            ref={gallery}
            type="file"
            accept="image/*"
            multiple
            hidden
            onChange={(e) => {
              void start(e.target.files);
              e.target.value = '';
            }}
          />
          {uploads.map((u) => (
            <div key={u.id} style={{ marginTop: 8 }} data-testid="upload">
              <div>
                {PHOTO_KIND_NAMES[u.kind]} · {u.name}
                {u.prepared?.width ? (
                  <span className="muted">
                    {' '}
                    （已压缩为 {u.prepared.width}×{u.prepared.height}，{(u.prepared.blob.size / 1024).toFixed(0)} KB）
                  </span>
                ) : null}
              </div>
              <Progress
                percent={Math.round(u.progress * 100)}
                status={u.state === 'failed' ? 'exception' : u.state === 'sent' ? 'success' : 'active'}
                aria-label={`${PHOTO_KIND_NAMES[u.kind]}照片上传进度`}
              />
              {u.state === 'sent' && (
                <UploadVerdict photo={file.photoList.find((p) => p.photoId === u.target?.photoId)} />
              )}
              {u.error && u.state !== 'sent' && (
                <Alert
                  type={u.state === 'failed' ? 'error' : 'warning'}
                  title={`上传失败：${u.error}`}
                  action={
                    u.state === 'failed' ? (
                      <Button size="small" onClick={() => void send(u)}>
                        继续上传
                      </Button>
                    ) : undefined
                  }
                />
              )}
            </div>
          ))}
        </Card>
      )}
    </section>
  );
}
