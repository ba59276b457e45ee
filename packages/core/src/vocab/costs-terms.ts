// Plain data without zod, so the web app can show labels without loading the validation
// library; `costs.ts` adds the schema.

/** What a resource costs and which ways of paying it takes. */
export const COSTS = [
  {
    id: 'free',
    label: { en: 'Free', es: 'Gratis' },
    description: { en: 'There is no charge.', es: 'No se cobra nada.' },
  },
  {
    id: 'donation',
    label: { en: 'Donations welcome', es: 'Se aceptan donaciones' },
    description: {
      en: 'No fee; people may give what they can, and no one has to.',
      es: 'No se cobra; cada quien puede dar lo que pueda, y nadie está obligado.',
    },
  },
  {
    id: 'sliding-scale',
    label: { en: 'Sliding scale', es: 'Tarifa según ingresos' },
    description: {
      en: 'The price is lower if you earn less.',
      es: 'El precio es más bajo si gana menos.',
    },
  },
  {
    id: 'payment-assistance',
    label: { en: 'Help paying', es: 'Ayuda para pagar' },
    description: {
      en: 'There may be help to pay; ask the provider.',
      es: 'Puede haber ayuda para pagar; pregunte al proveedor.',
    },
  },
  {
    id: 'medicaid',
    label: { en: 'Medicaid', es: 'Medicaid' },
    description: {
      en: 'Takes Medicaid, the public health insurance for people with low income.',
      es: 'Acepta Medicaid, el seguro médico público para personas de bajos ingresos.',
    },
  },
  {
    id: 'medicare',
    label: { en: 'Medicare', es: 'Medicare' },
    description: {
      en: 'Takes Medicare, the public health insurance for people 65 and older and some people with disabilities.',
      es: 'Acepta Medicare, el seguro médico público para personas de 65 años o más y algunas personas con discapacidad.',
    },
  },
  {
    id: 'private-insurance',
    label: { en: 'Private insurance', es: 'Seguro privado' },
    description: {
      en: 'Takes health insurance from a job or that you buy yourself.',
      es: 'Acepta seguro médico del trabajo o que usted compra.',
    },
  },
  {
    id: 'military-insurance',
    label: { en: 'Military insurance', es: 'Seguro militar' },
    description: {
      en: 'Takes military health coverage such as TRICARE or VA.',
      es: 'Acepta cobertura médica militar como TRICARE o el VA.',
    },
  },
  {
    id: 'state-insurance',
    label: { en: 'State insurance', es: 'Seguro estatal' },
    description: {
      en: 'Takes a state health plan other than Medicaid.',
      es: 'Acepta un plan de salud del estado que no es Medicaid.',
    },
  },
  {
    id: 'self-pay',
    label: { en: 'Pay yourself', es: 'Pago propio' },
    description: {
      en: 'You can pay with cash or card without insurance.',
      es: 'Puede pagar en efectivo o con tarjeta sin seguro.',
    },
  },
  {
    id: 'accepts-uninsured',
    label: { en: 'No insurance needed', es: 'No necesita seguro' },
    description: {
      en: 'Serves people who have no health insurance.',
      es: 'Atiende a personas que no tienen seguro médico.',
    },
  },
] as const;
