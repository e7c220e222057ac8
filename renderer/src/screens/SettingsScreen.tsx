// The default issuing side: what a new campaign starts from. Each campaign keeps its own (tab "Cơ
// quan ban hành"), which heads its documents (docs/domain.md "Who issues what").
import { Alert, Group, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { defaultIssuer } from '../../../shared/defaults';
import type { IssuerSettings } from '../../../shared/records';
import { IssuerFields } from '../components/IssuerFields';
import { api, unwrap } from '../api';
import { SaveError, SaveStatus } from '../components/SaveStatus';
import { useAutosave } from '../hooks/useAutosave';


export function SettingsScreen() {
  const [value, setValue] = useState<IssuerSettings | null>(null);
  const [isNew, setIsNew] = useState(false);
  useEffect(() => {
    unwrap(api().settings.get({})).then((s) => { setIsNew(!s); setValue(s ?? defaultIssuer()); });
  }, []);
  const { state } = useAutosave(value, (v) => unwrap(api().settings.save(v)));
  if (!value) return null;
  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={2}>Thiết lập cơ quan ban hành mặc định</Title>
        <SaveStatus state={state} />
      </Group>
      <SaveError state={state} />
      <Alert color="blue">
        Đây là thông tin mặc định cho đợt kiểm tra tạo mới. Mỗi đợt kiểm tra có thông tin cơ quan ban hành riêng (thẻ
        "Cơ quan ban hành" trong "Kế hoạch và Đoàn kiểm tra"): văn bản của đợt lấy tiêu đề, địa danh, số và ký hiệu từ đó.
        Sửa ở đây không đổi các đợt đã có.{isNew ? ' Mọi thay đổi được lưu tự động.' : ''}
      </Alert>
      <IssuerFields value={value} onChange={(v) => setValue(v)} testId="default-issuer" />
    </Stack>
  );
}
