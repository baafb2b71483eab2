import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiInput, type ApiName } from '../../../src-shared/contract/api';
import { isClientError } from '../../api/client';
import { errorMessage } from '../../i18n/error-message';
import { issueMap, schemaIssues, type IssueMap } from '../../lib/field-issues';

/**
 * A small form sent to one contract entry: it is checked with the entry's own schema as the
 * user types (errors show once they tried to send), and what the core answers lands beside the
 * fields it names, or above the form in words ("Wrong e-mail or password").
 */
export function useContractForm<N extends ApiName>(name: N, input: ApiInput<N>) {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answered, setAnswered] = useState<IssueMap>({});
  const [failure, setFailure] = useState<string | null>(null);
  const issues = issueMap(schemaIssues(api[name].input, input));

  const errorFor = (path: string): string | null => {
    const code = (tried ? issues[path] : undefined) ?? answered[path];
    return code ? t(`errors.field.${code}`) : null;
  };

  /** Sends when valid; resolves with whether it went through. */
  const submit = async (send: () => Promise<unknown>): Promise<boolean> => {
    setTried(true);
    if (Object.keys(issues).length > 0) return false;
    setBusy(true);
    setFailure(null);
    setAnswered({});
    try {
      await send();
      setTried(false);
      return true;
    } catch (error) {
      if (isClientError(error) && error.body.code === 'validation' && error.body.issues?.length) setAnswered(issueMap(error.body.issues));
      else setFailure(errorMessage(t, error));
      if (isClientError(error) && error.body.field && !error.body.issues) setAnswered({ [error.body.field]: 'invalid_value' });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { errorFor, submit, busy, failure };
}
