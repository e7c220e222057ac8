// How an error is shown: a red note with a short title from the error catalogue, the Vietnamese
// message, and "Sao chép chi tiết lỗi" that puts code, message, operation, time and the technical
// detail on the clipboard to send to whoever supports her. Screens hand it what they have: the
// error itself, or only its message (the details are then found among the recent failures).
import { Alert, Button, CopyButton, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/api';
import { errorInfo, errorReport } from '../../../shared/errors';
import { ApiFailure, failureFor } from '../api';

export function describeFailure(error: unknown): ApiError {
  if (error instanceof ApiFailure) return { code: error.code, message: error.message, ...error.info };
  const message = typeof error === 'string' ? error : (error as Error)?.message ?? String(error);
  return failureFor(message) ?? { code: 'INTERNAL', message };
}

export function ErrorNote({ error, title, children, testId }: { error: unknown; title?: string; children?: ReactNode; testId?: string }) {
  if (error === null || error === undefined || error === '') return null;
  const e = describeFailure(error);
  const known = typeof error !== 'string' || failureFor(e.message) !== undefined;
  return (
    <Alert color="red" title={title ?? (known ? errorInfo(e.code).title : undefined)} data-testid={testId ?? 'error-note'}>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{e.message}</Text>
      {children}
      <Group mt="xs">
        <CopyButton value={errorReport({ ...e, time: e.time ?? new Date().toISOString() })}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" color={copied ? 'teal' : 'red'} onClick={copy}>
              {copied ? 'Đã sao chép' : 'Sao chép chi tiết lỗi'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
