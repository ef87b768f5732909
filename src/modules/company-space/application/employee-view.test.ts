import { describe, expect, it } from 'vitest';
import { employeeActions } from './employee-view';

describe('employeeActions', () => {
  it('joins the validation decisions and the grant of a tranche', () => {
    expect(employeeActions('validated')).toEqual({ validate: false, reject: false, withdraw: true, grantTranche: true });
    expect(employeeActions('pending')).toEqual({ validate: true, reject: true, withdraw: false, grantTranche: false });
    expect(employeeActions('rejected')).toEqual({ validate: true, reject: false, withdraw: false, grantTranche: false });
    expect(employeeActions('withdrawn')).toEqual({ validate: true, reject: false, withdraw: false, grantTranche: false });
  });
});
