import { Result, type ResultProps } from 'antd';

/** antd's Result (403, 404 and error pages), in its own chunk: its illustrations are not part of the first page. */
export default function ResultPage(props: ResultProps) {
  return <Result {...props} />;
}
