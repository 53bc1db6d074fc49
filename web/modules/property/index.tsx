/**
 * 红色物业 and quality communities (seed 001, Longquan): companies and their star ratings, compounds
 * with their problem lists and the four batches, the quality ranking, the fee ledger, the district's
 * rating criteria (five musts, 六好三高), and the owners' public page.
 */
import {
  BankOutlined,
  DollarOutlined,
  HomeOutlined,
  OrderedListOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { page } from '../../app/lazy.tsx';
import type { WebModule } from '../../app/types.ts';
import { propertyMessages } from './property.messages.ts';

const propertyModule: WebModule = {
  id: 'property',
  routes: [
    { path: 'property/companies', element: page(() => import('./companies.page.tsx'), 'CompaniesPage') },
    { path: 'property/compounds', element: page(() => import('./compounds.page.tsx'), 'CompoundsPage') },
    { path: 'property/compounds/:id', element: page(() => import('./compound.page.tsx'), 'CompoundPage') },
    { path: 'property/quality', element: page(() => import('./quality.page.tsx'), 'QualityPage') },
    { path: 'property/fees', element: page(() => import('./quality.page.tsx'), 'FeesPage') },
    { path: 'property/criteria', element: page(() => import('./criteria.page.tsx'), 'CriteriaPage') },
  ],
  menu: [
    {
      key: 'property.compounds',
      path: '/property/compounds',
      label: { 'zh-CN': '小区与清单', 'en-US': 'Compounds' },
      icon: <HomeOutlined />,
      ability: 'property.read',
      order: 50,
    },
    {
      key: 'property.companies',
      path: '/property/companies',
      label: { 'zh-CN': '红色物业', 'en-US': 'Property companies' },
      icon: <BankOutlined />,
      ability: 'property.read',
      order: 51,
    },
    {
      key: 'property.quality',
      path: '/property/quality',
      label: { 'zh-CN': '品质小区', 'en-US': 'Quality communities' },
      icon: <TrophyOutlined />,
      ability: 'property.read',
      order: 52,
    },
    {
      key: 'property.fees',
      path: '/property/fees',
      label: { 'zh-CN': '物业费收缴', 'en-US': 'Property fees' },
      icon: <DollarOutlined />,
      ability: 'property.read',
      order: 53,
    },
    {
      key: 'property.criteria',
      path: '/property/criteria',
      label: { 'zh-CN': '评分标准', 'en-US': 'Rating criteria' },
      icon: <OrderedListOutlined />,
      ability: 'property.rate',
      order: 54,
    },
  ],
  messages: propertyMessages,
  publicRoutes: [
    { path: '/public/property/:id', element: page(() => import('./public.page.tsx'), 'PublicPropertyPage') },
  ],
};
export default propertyModule;
