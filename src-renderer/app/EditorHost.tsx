import { useEditorStore } from '../stores/editor-store';
import { CompanyForm } from '../screens/CompanyForm/CompanyForm';
import { ContactForm } from '../screens/ContactForm/ContactForm';

/** Shows the create/edit form the editor store asks for. */
export function EditorHost() {
  const target = useEditorStore((state) => state.target);
  const close = useEditorStore((state) => state.close);
  if (!target) return null;
  const key = `${target.kind}:${target.id ?? 'new'}`;
  return target.kind === 'contact' ? (
    <ContactForm key={key} id={target.id} company={target.company} onClose={close} />
  ) : (
    <CompanyForm key={key} id={target.id} name={target.name} onClose={close} />
  );
}
