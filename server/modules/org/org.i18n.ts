/** Messages of the org module. */
export const orgMessages = {
  'zh-CN': {
    'org.bad_level': '该层级不能设在此上级节点之下',
    'org.bad_code': '区划代码格式不符合该层级（区县 6 位，街道 9 位，社区 12 位）',
    'org.move_cycle': '不能把节点移动到它自己或它的下级之下',
    'org.move_cross_district': '不能把节点移到另一个区',
    'org.party_parent_outside': '上级党组织必须在同一节点或上级节点',
    'org.party_not_temporary': '只有指挥部党建组和项目临时党支部可以撤销',
    'org.party_dissolved': '该党组织已撤销',
    'org.party_dissolve_early': '撤销日期不能早于成立日期',
    'org.party_planned_end_early': '计划撤销日期不能早于成立日期',
    'org.name_taken': '同一上级下已有同名节点',
  },
  'en-US': {
    'org.bad_level': 'A node of this level cannot sit under that parent',
    'org.bad_code': 'The division code does not fit the level (district 6 digits, street 9, community 12)',
    'org.move_cycle': 'A node cannot move under itself or its own descendant',
    'org.move_cross_district': 'A node cannot move into another district',
    'org.party_parent_outside': 'The parent party organisation must be on the same node or an ancestor',
    'org.party_not_temporary':
      'Only a headquarters party group or a temporary project branch can be dissolved',
    'org.party_dissolved': 'This party organisation is already dissolved',
    'org.party_dissolve_early': 'The dissolution date cannot be before the establishment date',
    'org.party_planned_end_early': 'The planned end cannot be before the establishment date',
    'org.name_taken': 'The parent already has a node with this name',
  },
};
