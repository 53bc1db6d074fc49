/**
 * Grids and who serves them 网格与人员: the grids under the node picked in the tree with their workers,
 * cadres and heads 网格长, each grid's outline on the map, drawn by tapping its corners (or loaded
 * from a GeoJSON file) and saved with the version the officer saw; an assignment can be ended.
 */
import { useRef, useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Empty,
  List,
  Popconfirm,
  Row,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { errorText } from '../../app/problem.ts';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { GeoMap, type LatLng } from '../../app/map.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { PageTitle } from './common.tsx';
import { endAssignment, listGrids, setOutline, type Grid } from './grid.api.ts';

const KIND_COLOURS = { worker: 'blue', cadre: 'purple', head: 'red' } as const;

/** The grids page. */
export default function GridsPage() {
  const t = useT();
  const { me, can } = useMe();
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const nodeId = node && node.level !== 'department' ? node.id : me?.grants?.[0]?.nodeId;
  const [selected, setSelected] = useState<string | null>(null);
  const [drawing, setDrawing] = useState<LatLng[] | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const grids = useQuery({
    queryKey: ['grid-grids', nodeId],
    enabled: !!nodeId,
    queryFn: () => listGrids(nodeId!),
  });
  const mayManage = can('grid.manage');
  const grid: Grid | undefined = grids.data?.find((g) => g.id === selected) ?? grids.data?.[0];

  const save = async (geojson: unknown) => {
    if (!grid) return;
    try {
      await setOutline(grid.id, { geojson, version: grid.outlineVersion });
      message.success(geojson ? t('grid.grids.outlineSaved') : t('grid.grids.outlineCleared'));
      setDrawing(null);
      await qc.invalidateQueries({ queryKey: ['grid-grids'] });
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const loadFile = async (f: File | undefined) => {
    if (!f) return;
    try {
      await save(JSON.parse(await f.text()));
    } catch (e) {
      message.error(e instanceof SyntaxError ? t('grid.grids.notJson') : errorText(e));
    } finally {
      if (file.current) file.current.value = '';
    }
  };
  const end = async (assignmentId: string) => {
    try {
      await endAssignment(assignmentId);
      message.success(t('grid.grids.ended'));
      await qc.invalidateQueries({ queryKey: ['grid-grids'] });
    } catch (e) {
      message.error(errorText(e));
    }
  };

  if (!nodeId) return <Alert type="info" showIcon title={t('grid.reg.pickGrid')} />;
  const ring = drawing && drawing.length >= 3 ? [...drawing, drawing[0]].map((p) => [p.lng, p.lat]) : null;
  return (
    <div data-testid="grids-page">
      <PageTitle>{t('grid.grids.title')}</PageTitle>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={10}>
          <List
            size="small"
            bordered
            loading={grids.isLoading}
            dataSource={grids.data ?? []}
            locale={{ emptyText: <Empty description={t('grid.grids.none')} /> }}
            pagination={{ pageSize: 10, size: 'small' }}
            renderItem={(g) => (
              <List.Item
                data-testid="grid-row"
                style={{ cursor: 'pointer', background: g.id === grid?.id ? '#fff1f0' : undefined }}
                onClick={() => {
                  setSelected(g.id);
                  setDrawing(null);
                }}
              >
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    <Typography.Text strong>{g.name}</Typography.Text>
                    <Typography.Text type="secondary">{g.parentName}</Typography.Text>
                    {!g.outline && <Tag>{t('grid.grids.noOutline')}</Tag>}
                  </Space>
                  <Space wrap size={4}>
                    {g.workers.map((w) => (
                      <Tag key={w.assignmentId} color={KIND_COLOURS[w.kind]}>
                        {t(`grid.grids.kind.${w.kind}`)} {w.name}
                        {mayManage && (
                          <Popconfirm
                            title={t('grid.grids.endConfirm', { name: w.name })}
                            onConfirm={() => void end(w.assignmentId)}
                          >
                            <Button type="link" size="small" aria-label={t('grid.grids.end')}>
                              ×
                            </Button>
                          </Popconfirm>
                        )}
                      </Tag>
                    ))}
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </Col>
        <Col xs={24} lg={14}>
          {grid && (
            <Card
              size="small"
              title={grid.name}
              extra={
                mayManage && (
                  <Space wrap>
                    {drawing ? (
                      <>
                        <Button size="small" onClick={() => setDrawing(null)}>
                          {t('grid.common.cancel')}
                        </Button>
                        <Popconfirm
                          title={t('grid.grids.saveConfirm')}
                          disabled={!ring}
                          onConfirm={() => void save({ type: 'Polygon', coordinates: [ring] })}
                        >
                          <Button size="small" type="primary" disabled={!ring} data-testid="outline-save">
                            {t('grid.grids.saveOutline')}
                          </Button>
                        </Popconfirm>
                      </>
                    ) : (
                      <>
                        <Button size="small" onClick={() => setDrawing([])} data-testid="outline-draw">
                          {t('grid.grids.draw')}
                        </Button>
                        <input
                          type="file"
                          accept=".json,.geojson"
                          ref={file}
                          style={{ display: 'none' }}
                          aria-label={t('grid.grids.loadFile')}
                          onChange={(e) => void loadFile(e.target.files?.[0])}
                        />
                        <Button size="small" onClick={() => file.current?.click()}>
                          {t('grid.grids.loadFile')}
                        </Button>
                        {grid.outline !== null && (
                          <Popconfirm title={t('grid.grids.clearConfirm')} onConfirm={() => void save(null)}>
                            <Button size="small" danger>
                              {t('grid.grids.clear')}
                            </Button>
                          </Popconfirm>
                        )}
                      </>
                    )}
                  </Space>
                )
              }
            >
              {drawing && (
                <Typography.Paragraph type="secondary">
                  {t('grid.grids.drawHint', { n: drawing.length })}
                </Typography.Paragraph>
              )}
              <GeoMap
                label={t('grid.grids.map', { name: grid.name })}
                testId="grid-outline-map"
                height={420}
                outlines={[
                  ...(grid.outline && !drawing
                    ? [{ id: grid.id, name: grid.name, geojson: grid.outline }]
                    : []),
                  ...(ring
                    ? [
                        {
                          id: 'drawing',
                          name: grid.name,
                          geojson: { type: 'Polygon', coordinates: [ring] },
                          color: '#1677ff',
                        },
                      ]
                    : []),
                ]}
                points={(drawing ?? []).map((p, i) => ({
                  id: `v${i}`,
                  lat: p.lat,
                  lng: p.lng,
                  title: `${i + 1}`,
                }))}
                onPick={drawing ? (p) => setDrawing([...drawing, p]) : undefined}
              />
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
