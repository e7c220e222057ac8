// Choices that shape the documents of this inspection: who issues the conclusion (among the bodies
// that fit the campaign's level), who signs and how (shown as it will print), how many copies, who
// receives them. Empty fields are filled from the records when generating.
import { Alert, Group, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { GrowingTextarea } from '../../components/GrowingTextarea';
import { emptyIssuer } from '../../../../shared/defaults';
import { conclusionIssuerChoices, hasIssuer } from '../../../../shared/documents/issuing';
import { conclusionSigner, signerBlock } from '../../../../shared/documents/signing';
import type { ConclusionIssuer, DocOptions, Signer } from '../../../../shared/records';
import { useLookups } from '../../data';
import type { SectionProps } from './types';

const DELEGATIONS = [
  { value: 'TL', label: 'TL. (thừa lệnh)' },
  { value: 'TUQ', label: 'TUQ. (thừa ủy quyền)' },
];

function SignerFields({ label, value, onChange }: { label: string; value: Signer; onChange: (s: Signer) => void }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>{label}</Text>
      <TextInput size="xs" label="Thẩm quyền ký" placeholder="tự động, ví dụ: KT. GIÁM ĐỐC" value={value.authority} onChange={(e) => onChange({ ...value, authority: e.currentTarget.value })} />
      <TextInput size="xs" label="Chức vụ" placeholder="tự động, ví dụ: PHÓ GIÁM ĐỐC" value={value.title} onChange={(e) => onChange({ ...value, title: e.currentTarget.value })} />
      <TextInput size="xs" label="Họ và tên" placeholder="tự động theo hồ sơ" value={value.name} onChange={(e) => onChange({ ...value, name: e.currentTarget.value })} />
    </Stack>
  );
}

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

export function DocumentOptions({ value, set }: Pick<SectionProps, 'value' | 'set'>) {
  const o = value.docOptions;
  const setO = (patch: Partial<DocOptions>) => set({ docOptions: { ...o, ...patch } });
  const { campaigns, teams } = useLookups();
  const issuer = campaigns.find((c) => c.id === value.campaignId)?.issuer ?? emptyIssuer();
  const team = teams.find((t) => t.id === value.teamId) ?? null;
  // The signature block exactly as the conclusion will print it (shared/documents/signing.ts).
  const signer = signerBlock(conclusionSigner(issuer, o, team));
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={5}>Tùy chọn văn bản</Title>
        <Text size="sm" c="dimmed">Để trống để BienBan tự điền theo hồ sơ (Trưởng đoàn, Chủ tịch UBND, thư ký…).</Text>
        {!hasIssuer(issuer) && (
          <Alert color="yellow">Đợt kiểm tra chưa có thông tin cơ quan ban hành: điền thẻ "Cơ quan ban hành" của đợt kiểm tra.</Alert>
        )}
        <Group align="flex-end">
          <div>
            <Text size="sm" fw={500} mb={4}>Cơ quan ban hành thông báo kết luận</Text>
            <SegmentedControl data={conclusionIssuerChoices(issuer, o.conclusionIssuer)} value={o.conclusionIssuer}
              onChange={(v) => setO({ conclusionIssuer: v as ConclusionIssuer })} data-testid="conclusion-issuer" />
          </div>
          <div>
            <Text size="sm" fw={500} mb={4}>Người khác cấp trưởng, cấp phó ký</Text>
            <SegmentedControl data={DELEGATIONS} value={o.conclusionDelegation ?? 'TL'}
              onChange={(v) => setO({ conclusionDelegation: v as 'TL' | 'TUQ' })} />
          </div>
        </Group>
        <Text size="sm" data-testid="conclusion-signing">
          Ký thông báo kết luận: <b>{[...signer.lines].join(' / ') || '…'}</b> — {signer.name || <i>chưa có họ tên người ký</i>}
        </Text>
        <SimpleGrid cols={3}>
          <SignerFields label="Ký biên bản – đại diện đơn vị" value={o.minutesUnitSigner} onChange={(minutesUnitSigner) => setO({ minutesUnitSigner })} />
          <SignerFields label="Ký biên bản – Đoàn kiểm tra" value={o.minutesTeamSigner} onChange={(minutesTeamSigner) => setO({ minutesTeamSigner })} />
          <SignerFields label="Ký thông báo kết luận" value={o.conclusionSigner} onChange={(conclusionSigner) => setO({ conclusionSigner })} />
        </SimpleGrid>
        <Group align="flex-start">
          <NumberInput label="Số bản biên bản" w={140} min={1} max={20} value={o.copies} onChange={(v) => Number(v) >= 1 && setO({ copies: Number(v) })} />
          <TextInput label="Đơn vị soạn thảo (sau “Lưu: VT,”)" placeholder="ví dụ: CCHC" w={260} value={o.archiveUnit} onChange={(e) => setO({ archiveUnit: e.currentTarget.value })} />
        </Group>
        <SimpleGrid cols={2}>
          <RecipientList label="Nơi nhận biên bản (mỗi dòng một nơi)" value={o.recipientsMinutes} onChange={(recipientsMinutes) => setO({ recipientsMinutes })} />
          <RecipientList label="Nơi nhận thông báo kết luận (mỗi dòng một nơi)" value={o.recipientsConclusion} onChange={(recipientsConclusion) => setO({ recipientsConclusion })} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

// Keeps the text as typed (blank lines included) while the record holds only non-empty lines.
function RecipientList({ label, value, onChange }: { label: string; value: string[]; onChange: (v: string[]) => void }) {
  return (
    <GrowingTextarea label={label} minRows={3} placeholder={'tự động, ví dụ:\nUBND huyện … (để thực hiện)\nThành viên Đoàn kiểm tra'}
      defaultValue={value.join('\n')} onChange={(e) => onChange(lines(e.currentTarget.value))} />
  );
}
