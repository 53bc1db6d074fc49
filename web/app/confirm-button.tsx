/**
 * A button that asks first: a click opens a confirm dialog (its OK button has the test id
 * 'confirm-ok') and OK runs the action, the dialog staying busy until it settles.
 */
import type { ReactNode } from 'react';
import { App, Button, type ButtonProps } from 'antd';

export function ConfirmButton(
  props: Omit<ButtonProps, 'onClick'> & {
    confirm: ReactNode;
    detail?: ReactNode;
    onConfirm: () => Promise<unknown>;
  },
) {
  const { modal } = App.useApp();
  const { confirm, detail, onConfirm, ...button } = props;
  return (
    <Button
      {...button}
      onClick={() =>
        modal.confirm({
          title: confirm,
          content: detail,
          okButtonProps: { 'data-testid': 'confirm-ok' } as ButtonProps,
          onOk: onConfirm,
        })
      }
    />
  );
}
