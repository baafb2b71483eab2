import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToCore } from './api/client';
import { App } from './app/App';
import { setupI18n } from './i18n/setup';
import { applyStartTheme } from './lib/theme';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import './styles/table.css';
import './styles/panels.css';
import './styles/detail.css';
import './styles/palette.css';
import './styles/sync.css';
import './styles/sales.css';
import './styles/catalogue.css';
import './styles/quotes.css';
import './styles/reminders.css';
import './styles/agenda.css';
import './styles/today.css';
import './styles/timeline.css';
import './styles/duplicates.css';
import './styles/import.css';

async function start(): Promise<void> {
  connectToCore();
  applyStartTheme();
  await setupI18n();
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
