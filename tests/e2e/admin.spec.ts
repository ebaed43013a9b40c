import { expect, test } from '@playwright/test';
import { createStaffMember } from './admin-db';
import { openAs, setPasswordFromEmail, signIn, unique } from './helpers';

test('the admin adds a member, who sets their own password from the email and signs in; the change is on record', async ({
  browser,
}) => {
  const admin = await openAs(browser, 'admin@sunrise.demo');
  const form = admin.page.getByRole('form', { name: 'Add staff member' });
  const name = unique('Nina Nurse');
  const email = `${name.split(' ').pop() ?? 'x'}@sunrise.demo`;
  await form.getByLabel('Full name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption({ label: 'Checker doctor' });
  await form.getByRole('button', { name: 'Add staff member' }).click();

  // "Sent" only once Firebase took the email; the admin never sees a link.
  await expect(form.getByRole('status')).toContainText(`Password-setup email sent to ${email}.`);
  await expect(admin.page.getByText(/oobCode|resetPassword/)).toHaveCount(0);
  const row = admin.page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(email);
  await expect(row.getByRole('combobox', { name: `Role of ${name}` })).toHaveValue('checkerDoctor');
  await expect(row).toContainText('Active');
  await expect(admin.page.getByRole('region', { name: 'Recent staff changes' })).toContainText(
    `You added ${name} as checker doctor.`,
  );

  // The member's inbox: they choose a password and land back on the sign-in page.
  const member = await browser.newContext();
  const memberPage = await member.newPage();
  await setPasswordFromEmail(memberPage, email, 'nina-chose-this-1');
  await signIn(memberPage, email, { password: 'nina-chose-this-1' });
  await expect(memberPage).toHaveURL(/\/dashboard$/);
  await expect(memberPage.getByRole('heading', { name: 'Open visits' })).toBeVisible();
  await member.close();

  // The same email again: the callable's own refusal, next to the form, input kept.
  await form.getByLabel('Full name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByRole('button', { name: 'Add staff member' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'That person is already on your clinic’s staff; change their role instead.',
  );
  await expect(form.getByLabel('Email')).toHaveValue(email);
  await admin.context.close();
});

test('adding another clinic’s member is refused with the one message that reveals nothing', async ({ browser }) => {
  const admin = await openAs(browser, 'admin@sunrise.demo');
  const form = admin.page.getByRole('form', { name: 'Add staff member' });
  await form.getByLabel('Full name').fill('Hank Admin');
  await form.getByLabel('Email').fill('admin@harbor.demo');
  await form.getByRole('button', { name: 'Add staff member' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'That email address can’t be added to this clinic. Ask the person for a different address.',
  );
  await expect(form.getByRole('status')).toHaveCount(0);
  await admin.context.close();
});

test('a role changed by the admin moves the signed-in member to the new screen, and deactivation removes them', async ({
  browser,
}) => {
  const member = await createStaffMember('sunrise', 'receptionist');
  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member.email);
  await expect(memberPage).toHaveURL(/\/reception$/);

  const admin = await openAs(browser, 'admin@sunrise.demo');
  const row = admin.page.locator('tr', { hasText: member.email });
  await row.getByRole('combobox').selectOption('checkerDoctor');
  const dialog = admin.page.getByRole('dialog', { name: /Make Sam Temp checker doctor\?/ });
  await dialog.getByRole('button', { name: 'Change role' }).click();
  await expect(admin.page.getByText('Sam Temp is now checker doctor.')).toBeVisible();
  await expect(memberPage).toHaveURL(/\/dashboard$/);
  await expect(memberPage.getByRole('heading', { name: 'Open visits' })).toBeVisible();

  await row.getByRole('button', { name: 'Deactivate Sam Temp' }).click();
  await admin.page
    .getByRole('dialog', { name: 'Deactivate Sam Temp?' })
    .getByRole('button', { name: 'Deactivate' })
    .click();
  await expect(row).toContainText('Deactivated');
  await expect(row.getByRole('button', { name: /Deactivate/ })).toHaveCount(0);
  // Their account is disabled and its session revoked: back to sign-in, nothing of the clinic left.
  await expect(memberPage.getByRole('heading', { name: /Sign in|Your account has no clinic role yet/ })).toBeVisible();
  await expect(memberPage.getByRole('heading', { name: 'Open visits' })).toHaveCount(0);
  await admin.context.close();
  await memberContext.close();
});
