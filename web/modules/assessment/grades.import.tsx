/**
 * The quarter's grades in Excel on the cycle board (organisation department only): the grade sheet
 * out, and back in with a preview of what would change and every bad row before the import.
 */
import { useState } from 'react';
import { Alert, App, Button, Modal, Table, Typography, Upload } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { ApiError } from '../../app/api.ts';
import { assessmentApi, type GradeImport } from './assessment.api.ts';
import { GradeTag } from './common.tsx';

/** Export and import buttons for a cycle's grades, with the preview dialog. */
export function GradeImportButtons(props: { cycleId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [picked, setPicked] = useState<{ file: File; preview: GradeImport } | null>(null);
  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.problem.title : String(e));
  const preview = useMutation({
    mutationFn: (file: File) => assessmentApi.gradesImport(props.cycleId, 'preview', file),
    onSuccess: (r, file) => setPicked({ file, preview: r }),
    onError: fail,
  });
  const commit = useMutation({
    mutationFn: (file: File) => assessmentApi.gradesImport(props.cycleId, 'import', file),
    onSuccess: (r) => {
      setPicked(null);
      message.success(t('assessment.grades_imported', { n: r.changes.length, unchanged: r.unchanged }));
      void qc.invalidateQueries({ queryKey: ['assessment'] });
    },
    onError: fail,
  });
  const p = picked?.preview;
  return (
    <>
      <Button href={assessmentApi.gradesXlsx(props.cycleId)} data-testid="grades-export">
        {t('assessment.grades_export')}
      </Button>
      <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(f) => (preview.mutate(f), false)}>
        <Button loading={preview.isPending} data-testid="grades-import">
          {t('assessment.grades_import')}
        </Button>
      </Upload>
      <Modal
        open={!!p}
        width={760}
        title={t('assessment.grades_preview')}
        onCancel={() => setPicked(null)}
        onOk={() => picked && commit.mutate(picked.file)}
        okText={t('assessment.grades_commit')}
        okButtonProps={
          {
            disabled: !p || p.changes.length === 0,
            loading: commit.isPending,
            'data-testid': 'grades-commit',
          } as never
        }
      >
        {p && (
          <div data-testid="grades-preview">
            <Typography.Paragraph>
              {t('assessment.grades_summary', {
                rows: p.rows,
                changes: p.changes.length,
                unchanged: p.unchanged,
                errors: p.errors.length,
              })}
            </Typography.Paragraph>
            {p.errors.length > 0 && (
              <>
                <Alert type="warning" title={t('assessment.grades_bad_rows')} style={{ marginBottom: 8 }} />
                <Table
                  size="small"
                  rowKey={(e) => `${e.row}-${e.column}`}
                  dataSource={p.errors}
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  data-testid="grades-errors"
                  columns={[
                    { title: t('assessment.row'), dataIndex: 'row', width: 60 },
                    { title: t('assessment.name'), dataIndex: 'personName', width: 100 },
                    { title: t('assessment.problem'), dataIndex: 'reason' },
                  ]}
                />
              </>
            )}
            {p.changes.length > 0 && (
              <>
                <Typography.Title level={5}>{t('assessment.grades_changes')}</Typography.Title>
                <Table
                  size="small"
                  rowKey="sheetId"
                  dataSource={p.changes}
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  data-testid="grades-changes"
                  columns={[
                    { title: t('assessment.row'), dataIndex: 'row', width: 60 },
                    { title: t('assessment.unit'), dataIndex: 'unitName' },
                    { title: t('assessment.name'), dataIndex: 'personName', width: 100 },
                    {
                      title: t('assessment.grade'),
                      key: 'grade',
                      render: (_: unknown, c) => (
                        <>
                          <GradeTag grade={c.from} /> → <GradeTag grade={c.to} />
                        </>
                      ),
                    },
                  ]}
                />
              </>
            )}
          </div>
        )}
      </Modal>
    </>
  );
}
