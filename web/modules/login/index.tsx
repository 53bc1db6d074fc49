/** Login: password, the second factor (enrolment when required), and a forced password change. */
import type { WebModule } from '../../app/types.ts';
import { LoginPage } from './login.page.tsx';
import { loginMessages } from './login.messages.ts';

const loginModule: WebModule = {
  id: 'login',
  routes: [],
  menu: [],
  messages: loginMessages,
  publicRoutes: [{ path: '/login', element: <LoginPage /> }],
};
export default loginModule;
