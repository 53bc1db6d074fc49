/**
 * 红色物业 and quality communities (seed 001, Longquan): companies and their star ratings, compounds
 * with their problem lists and the four batches, the quality ranking, the fee ledger, and the owners'
 * public page.
 */
import { BankOutlined, DollarOutlined, HomeOutlined, TrophyOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/types.ts';
import { CompaniesPage } from './companies.page.tsx';
import { CompoundPage } from './compound.page.tsx';
import { CompoundsPage } from './compounds.page.tsx';
import { propertyMessages } from './property.messages.ts';
import { PublicPropertyPage } from './public.page.tsx';
import { FeesPage, QualityPage } from './quality.page.tsx';

const propertyModule: WebModule = {
  id: 'property',
  routes: [
    { path: 'property/companies', element: <CompaniesPage /> },
    { path: 'property/compounds', element: <CompoundsPage /> },
    { path: 'property/compounds/:id', element: <CompoundPage /> },
    { path: 'property/quality', element: <QualityPage /> },
    { path: 'property/fees', element: <FeesPage /> },
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
  ],
  messages: propertyMessages,
  publicRoutes: [{ path: '/public/property/:id', element: <PublicPropertyPage /> }],
};
export default propertyModule;
