import { Tag } from 'antd';
import type { ReactNode } from 'react';

/** Tags with text dark enough for 4.5:1 contrast on their tint (antd's preset tag colours fall short). */
const TONES = {
  blue: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  grey: { color: '#262626', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;

export function StateTag({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return <Tag style={TONES[tone]}>{children}</Tag>;
}
