import { plainText } from '../../core/render/escape-markdown.ts';

export interface CheckTitleProps {
  path: string;
  unreadable: boolean;
  problems: number;
  errors: number;
  warnings: number;
  notices: number;
  keyCount: number | undefined;
}

/** The one-line title of a manifest's check run (plain text). */
export function renderCheckTitle(props: CheckTitleProps): string {
  return plainText(title(props));
}

function title(props: CheckTitleProps): string {
  if (props.unreadable) return `Cannot read ${props.path}`;
  if (props.problems > 0) return `${props.path} is invalid: ${count(props.problems, 'problem')}`;
  const parts = [
    props.errors > 0 ? count(props.errors, 'error') : '',
    props.warnings > 0 ? count(props.warnings, 'warning') : '',
    props.notices > 0 ? count(props.notices, 'notice') : '',
  ].filter((part) => part !== '');
  if (parts.length === 0) return `${props.path}: ${count(props.keyCount ?? 0, 'key')}, no findings`;
  return `${props.path}: ${parts.join(', ')}`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
