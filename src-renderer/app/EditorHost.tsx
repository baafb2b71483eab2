import { useEditorStore } from '../stores/editor-store';
import { CompanyForm } from '../screens/CompanyForm/CompanyForm';
import { ContactForm } from '../screens/ContactForm/ContactForm';
import { DealForm } from '../screens/DealForm/DealForm';

/** Shows the create/edit form the editor store asks for. */
export function EditorHost() {
  const target = useEditorStore((state) => state.target);
  const close = useEditorStore((state) => state.close);
  if (!target) return null;
  const key = `${target.kind}:${target.id ?? 'new'}`;
  switch (target.kind) {
    case 'contact':
      return <ContactForm key={key} id={target.id} company={target.company} onClose={close} />;
    case 'company':
      return <CompanyForm key={key} id={target.id} name={target.name} onClose={close} />;
    case 'deal':
      return <DealForm key={key} id={target.id} pipelineId={target.pipelineId} company={target.company} contact={target.contact} onClose={close} />;
  }
}
