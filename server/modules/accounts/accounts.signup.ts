/** Residents' sign-up, the accounts family other modules and the composition root use. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { signupMessages } from './accounts.signup.i18n.ts';
import { signupPermissions } from './accounts.signup.permissions.ts';

registerPermissions(signupPermissions);
registerMessages(signupMessages);

export { createSignupService, type SignupService } from './accounts.signup.service.ts';
export { signupRoutes } from './accounts.signup.routes.ts';
export { createLogOtpSender, type OtpSender, type LogOtpSender } from './accounts.signup.otp.ts';
export { normalisePhone as normaliseResidentPhone } from './accounts.signup.rules.ts';
