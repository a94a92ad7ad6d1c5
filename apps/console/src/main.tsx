import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { HubProvider } from './session/hub-context';
import { SessionProvider } from './session/session';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter basename="/console">
      <SessionProvider>
        <HubProvider>
          <App />
        </HubProvider>
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);
