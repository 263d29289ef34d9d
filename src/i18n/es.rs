//! Spanish (es-MX register, "usted"). Mirrors en.rs message for message.

use super::{Catalog, Plural};
use crate::model::config::AddOnKind;
use crate::model::protocol::{GradeNote, Maintenance};
use crate::model::recovery::{AftercareRule, Milestone};
use crate::model::screening::{Adjustment, Comeback, Group, Question};
use crate::model::{Area, Concern, Severity};

pub static CATALOG: Catalog = Catalog {
    title: "Calculadora de plan de microneedling (microagujas)",
    intro: "Elija lo que le gustaría mejorar y responda unas preguntas de seguridad. Verá al instante un plan aproximado: sesiones, tiempos, recuperación y precio. Nada de lo que elija sale de su navegador.",
    language_label: "Idioma",
    step_concerns: "1. ¿Qué le gustaría mejorar?",
    step_concerns_hint: "Elija una o más opciones.",
    step_details: "2. ¿Qué tan marcado es y en qué zona?",
    step_details_hint: "Elija la descripción que más se parezca a su caso. Si tiene dudas, no hay problema.",
    step_safety: "3. Preguntas de seguridad",
    step_safety_hint: "Algunos datos de salud cambian lo que es seguro para usted. ¿Tiene dudas? Indíquelo: la clínica lo revisará con usted.",
    step_add_ons: "Extras opcionales",
    result_heading: "Su estimación",
    severity_label: "Qué tan marcado",
    areas_legend: "Zonas a tratar",
    scalp_with_hair_loss: "El cuero cabelludo se incluye con la caída del cabello.",
    none_apply: "Ninguna de estas opciones aplica en mi caso",
    not_offered: "No se ofrece aquí",
    price_at_consultation: "precio a definir en su consulta",

    empty_result: "Elija al menos un aspecto a mejorar para ver su plan aproximado.",
    provisional: Plural {
        one: "Provisional: aún falta responder 1 pregunta de seguridad.",
        other: "Provisional: aún faltan por responder {n} preguntas de seguridad.",
    },
    sessions: Plural {
        one: "{n} sesión",
        other: "{n} sesiones",
    },
    weeks: Plural {
        one: "{n} semana",
        other: "{n} semanas",
    },
    every_weeks: Plural {
        one: "cada semana",
        other: "cada {n} semanas",
    },
    sessions_label: "Sesiones",
    spacing_label: "Frecuencia",
    span_label: "Duración del tratamiento",
    results_label: "Resultados",
    price_label: "Precio aproximado",
    maintenance_label: "Mantenimiento",
    track_skin: "Piel",
    track_scalp: "Cuero cabelludo",
    single_session_span: "una sola visita",
    results_after: "aproximadamente {weeks} después de su primera sesión",
    glow_note: "Con frecuencia, la piel luce fresca, luminosa y más llena en 1–2 semanas; el cambio duradero llega poco a poco, conforme se forma colágeno nuevo.",
    needs_area: "Elija una zona para ver el precio.",
    summary_pattern: "{sessions}, {spacing}, en {span}. Precio aproximado: {price}.",
    consult_heading: "Por favor, hable de esto en su consulta",
    adjust_heading: "Ajustado para usted",
    defer_heading: "Todavía no",
    not_suitable_heading: "Es posible que el microneedling no sea adecuado para usted",
    stop_intro: "Gracias por compartirnos esta información. Su seguridad es lo primero, así que no le sugeriremos un plan ni un precio con base en estas respuestas. Con gusto un especialista lo platicará con usted.",
    no_numbers_intro: "Estos aspectos se evalúan en persona, así que todavía no hay cifras que mostrar.",
    concern_notes_heading: "Cómo puede ayudarle el microneedling",
    disclaimer: "Esta estimación es solo una referencia y no constituye un consejo médico. Su plan definitivo, y si el microneedling es adecuado para usted, se deciden con un especialista en su consulta.",
    regulatory_note: "En EE. UU., los equipos de microneedling están autorizados por la FDA para cicatrices de acné en la cara, arrugas faciales y cicatrices abdominales en adultos de 22 años o más; otros usos son fuera de indicación (off-label).",
    start_over: "Empezar de nuevo",
    plan_ends: "Su última sesión sería alrededor de {date}.",
    see_estimate: "Ver su estimación",

    timeline_heading: "Su calendario",
    timeline_alt: "{sessions} {spacing}; de la primera a la última sesión: {span}; resultados: {results}.",
    timeline_week: "Semana",
    timeline_session: "Sesión",
    timeline_recovery: "Recuperación",
    timeline_results: "Resultados",
    recovery_heading: "Recuperación, día a día",
    recovery_alt: "Recuperación día a día después de cada sesión",
    day: "Día",
    redness: ["Sin enrojecimiento", "Ligeramente rosada", "Rosada", "Roja, como quemada por el sol"],
    swelling: ["sin hinchazón", "hinchazón leve", "algo de hinchazón", "hinchada"],
    flaking: "piel reseca que se descama",
    price_heading: "Rango de precios",
    price_alt: "Precio aproximado de {min} a {max}",
    breakdown_heading: "Cómo se calcula el precio",
    per_session: "por sesión",
    package_line: "Paquete de sesiones ({percent} de descuento)",
    rounding_note: "El total se redondeó a cifras cerradas (el mínimo hacia abajo y el máximo hacia arriba).",
    total: "Total",
    aftercare_heading: "Cuidados posteriores",
    what_to_expect_heading: "Qué esperar",

    book_heading: "Agende una consulta",
    book_cta: "Agendar una consulta",
    call: "Llamar",
    email: "Correo electrónico",
    address: "Dirección",
    email_subject: "Solicitud de consulta: microneedling",
    email_greeting: "Hola, me gustaría agendar una consulta de microneedling. Este es mi plan aproximado según su sitio web:",
    email_closing: "Les agradecería que me indicaran cuándo pueden atenderme.",
    copy_link: "Copiar el enlace de esta estimación",
    link_copied: "Enlace copiado. Solo contiene sus selecciones, nunca nada de lo que usted haya escrito.",
    copy_failed: "No se pudo copiar. Seleccione la barra de direcciones y copie el enlace desde ahí.",
    print: "Imprimir resumen",
    opens_new_tab: "(se abre en una pestaña nueva)",
    contact_card_heading: "Hable con nosotros sobre el microneedling",
    contact_card_text: "La calculadora no está disponible en este momento. Por favor, comuníquese directamente con la clínica: con gusto le ayudaremos.",
    config_problems_heading: "Problemas de configuración (se muestran por el atributo debug)",

    concern_name,
    concern_benefit,
    area_name,
    severity_name,
    severity_description,
    scale_name,
    group_name,
    question_text,
    choice_label,
    answer_reason,
    comeback,
    concern_reason,
    grade_note,
    add_on_safety,
    adjustment,
    maintenance,
    milestone,
    aftercare,
};

fn concern_name(c: Concern) -> &'static str {
    match c {
        Concern::DullSkin => "Piel apagada y rejuvenecimiento general",
        Concern::Wrinkles => "Líneas finas y arrugas",
        Concern::Laxity => "Flacidez de la piel y antienvejecimiento",
        Concern::AcneScars => "Cicatrices de acné",
        Concern::OtherScars => "Otras cicatrices (de cirugía o lesiones)",
        Concern::HairLoss => "Caída del cabello (alopecia androgenética)",
        Concern::SunDamage => "Daño solar y manchas",
        Concern::Elasticity => "Pérdida de elasticidad",
        Concern::StretchMarks => "Estrías",
        Concern::Rosacea => "Rosácea",
        Concern::PoresTexture => "Poros dilatados y textura irregular",
        Concern::RaisedScars => "Queloides o cicatrices elevadas",
    }
}

fn concern_benefit(c: Concern) -> &'static str {
    match c {
        Concern::DullSkin => "La piel recupera su elasticidad y vitalidad, con un brillo juvenil.",
        Concern::Wrinkles => "El colágeno y la elastina nuevos suavizan las líneas de la frente, las patas de gallo y otras líneas finas.",
        Concern::Laxity => "Con la edad, la piel pierde elasticidad y luminosidad; el microneedling ayuda a recuperar ambas.",
        Concern::AcneScars => "Más colágeno y elastina hacen que las cicatrices de acné se noten menos.",
        Concern::OtherScars => "Las cicatrices de cirugías o lesiones se suavizan a medida que se forma colágeno nuevo.",
        Concern::HairLoss => "Puede ayudar a recuperar los folículos y a engrosar el cabello que se está adelgazando; una revisión de 2021 lo respalda, aunque se necesitan más estudios.",
        Concern::SunDamage => "Reduce el daño solar y las manchas oscuras, y empareja un tono disparejo.",
        Concern::Elasticity => "Estimula la elastina, que permite que la piel se estire y vuelva a su lugar.",
        Concern::StretchMarks => "Las estrías causadas por un crecimiento rápido, como en el embarazo, pueden disminuir.",
        Concern::Rosacea => "El colágeno nuevo puede contrarrestar el desgaste más rápido que causa la rosácea, para que la piel luzca más calmada.",
        Concern::PoresTexture => "La piel nueva y uniforme afina la textura y disimula los poros dilatados.",
        Concern::RaisedScars => "No se trata con microneedling: los queloides y las cicatrices elevadas (hipertróficas) son las únicas cicatrices que no puede tratar.",
    }
}

fn area_name(a: Area) -> &'static str {
    match a {
        Area::Face => "Cara",
        Area::Neck => "Cuello",
        Area::Decolletage => "Escote (parte superior del pecho)",
        Area::Scalp => "Cuero cabelludo",
        Area::Hands => "Manos",
        Area::Arms => "Brazos",
        Area::Abdomen => "Abdomen",
        Area::Thighs => "Muslos",
        Area::Buttocks => "Glúteos",
        Area::Back => "Espalda",
    }
}

fn severity_name(s: Severity) -> String {
    const ROMAN: [&str; 8] = ["", "I", "II", "III", "IV", "V", "VI", "VII"];
    let roman = |n: u8| ROMAN.get(usize::from(n)).copied().unwrap_or("");
    match s {
        Severity::NotSure => "No lo sé".into(),
        Severity::Mild => "Leve".into(),
        Severity::Moderate => "Moderado".into(),
        Severity::Marked => "Marcado".into(),
        Severity::GoodmanBaron(n) => {
            let word = ["", "marcas planas", "leve", "moderado", "grave"];
            format!("Grado {n}: {}", word.get(usize::from(n)).unwrap_or(&""))
        }
        Severity::Glogau(n) => {
            let word = ["", "leve", "moderado", "avanzado", "grave"];
            format!(
                "Tipo {}: {}",
                roman(n),
                word.get(usize::from(n)).unwrap_or(&"")
            )
        }
        Severity::Norwood(n) if n >= 5 => format!("Hombres, etapa {}", roman(n)),
        Severity::Norwood(n) => format!("Hombres, etapa {}", roman(n)),
        Severity::Ludwig(n) => format!("Mujeres, grado {}", roman(n)),
        Severity::StriaeRubra => "Recientes y rojas".into(),
        Severity::StriaeAlba => "Antiguas y blancas".into(),
    }
}

fn severity_description(s: Severity) -> &'static str {
    match s {
        Severity::NotSure => "La clínica lo evaluará con usted; la estimación muestra el rango completo.",
        Severity::Mild => "Usted lo nota, pero los demás casi no.",
        Severity::Moderate => "Se ve claramente a una distancia normal.",
        Severity::Marked => "Muy visible; le molesta la mayoría de los días.",
        Severity::GoodmanBaron(1) => "Marcas planas rojas, blancas o cafés: un problema de color, no hundimientos.",
        Severity::GoodmanBaron(2) => "No se notan a un brazo de distancia; se cubren fácilmente con maquillaje o con la sombra de la barba.",
        Severity::GoodmanBaron(3) => "Se notan a un brazo de distancia y son difíciles de cubrir; se aplanan al estirar la piel.",
        Severity::GoodmanBaron(_) => "Se notan a un brazo de distancia y no se aplanan al estirar la piel.",
        Severity::Glogau(1) => "Por lo general, entre los 20 y los 30 años: sin arrugas, cambios mínimos de pigmentación.",
        Severity::Glogau(2) => "Por lo general, entre los 30 y los 40 años: líneas al mover la cara, primeras manchas cafés.",
        Severity::Glogau(3) => "Por lo general, de los 50 años en adelante: líneas en reposo, manchas evidentes, pequeños vasos visibles.",
        Severity::Glogau(_) => "Por lo general, de los 60 años en adelante: arrugas en todo el rostro, piel de tono amarillo grisáceo.",
        Severity::Norwood(2) => "Entradas en las sienes de unos 2 cm.",
        Severity::Norwood(3) => "Entradas profundas en las sienes, quizá con adelgazamiento en la coronilla.",
        Severity::Norwood(4) => "Entradas más pérdida en la coronilla, separadas por una franja de cabello.",
        Severity::Norwood(5) => "Zonas calvas más grandes, con una franja más angosta entre ellas.",
        Severity::Norwood(6) => "La franja desapareció: el frente y la coronilla se unieron.",
        Severity::Norwood(_) => "Solo queda una herradura de cabello a los lados y atrás.",
        Severity::Ludwig(1) => "Adelgazamiento leve a lo largo de la raya; la línea frontal del cabello se conserva.",
        Severity::Ludwig(2) => "Se ve el cuero cabelludo; la raya está notablemente más ancha.",
        Severity::Ludwig(_) => "Pérdida difusa, casi total, en la coronilla.",
        Severity::StriaeRubra => "Marcas recientes, todavía rosadas, rojas o moradas.",
        Severity::StriaeAlba => "Marcas más antiguas que se han aclarado a blanco o plateado.",
    }
}

fn scale_name(c: Concern) -> &'static str {
    match c {
        Concern::AcneScars => "Grado de cicatrices de acné (Goodman–Baron)",
        Concern::Wrinkles | Concern::SunDamage => "Tipo de fotoenvejecimiento (Glogau)",
        Concern::HairLoss => "Etapa Norwood (hombres) o Ludwig (mujeres)",
        Concern::StretchMarks => "Tipo de estrías",
        _ => "Qué tan marcado",
    }
}

fn group_name(g: Group) -> &'static str {
    match g {
        Group::AboutYou => "Sobre usted",
        Group::YourSkin => "Su piel en la zona a tratar",
        Group::Health => "Salud y medicamentos",
    }
}

fn question_text(q: Question) -> &'static str {
    match q {
        Question::AgeBand => "¿Cuántos años tiene?",
        Question::Pregnancy => "¿Está embarazada o podría estarlo?",
        Question::Breastfeeding => "¿Está amamantando?",
        Question::SkinType => "¿Cómo reacciona su piel al sol? (fototipo de Fitzpatrick)",
        Question::ActiveAcne => "¿Tiene acné activo (granitos o brotes) en la zona?",
        Question::ActiveInfection => "¿Tiene en este momento una infección, herida abierta o sarpullido en la zona, incluido un fuego labial (herpes) activo?",
        Question::ColdSores => "¿Le salen fuegos labiales (herpes labial)?",
        Question::Psoriasis => "¿Tiene psoriasis moderada o grave?",
        Question::Eczema => "¿Tiene eccema (dermatitis)?",
        Question::OtherSkinCondition => "¿Tiene alguna otra afección de la piel, como vitíligo?",
        Question::Keloids => "¿Su piel tiende a formar queloides o cicatrices elevadas?",
        Question::SkinCancer => "¿Tiene en la zona cáncer de piel, o algún lunar o mancha elevada o que esté cambiando?",
        Question::SunburnTan => "¿Se ha quemado o bronceado (con sol o autobronceador) en las últimas 2 semanas?",
        Question::ScarAge => "¿La cicatriz que quiere tratar tiene menos de 6 meses?",
        Question::AcneMedication => "¿Ha tomado isotretinoína (Accutane) u otro medicamento recetado para el acné en los últimos 6 meses?",
        Question::Anticoagulants => "¿Toma anticoagulantes (warfarina, heparina, apixabán, aspirina diaria…)?",
        Question::BleedingDisorder => "¿Tiene algún trastorno de sangrado o de coagulación, como hemofilia?",
        Question::Diabetes => "¿Tiene diabetes?",
        Question::CancerTherapy => "¿Recibe quimioterapia, radioterapia o esteroides en dosis altas, los recibió en las últimas 4 semanas o los tiene programados en las próximas 4?",
        Question::Autoimmune => "¿Tiene alguna enfermedad autoinmune, como lupus o esclerodermia?",
        Question::SystemicInfection => "¿Tiene hepatitis, VIH u otra infección crónica?",
        Question::Allergies => "¿Tiene alergias (a medicamentos, productos para la piel, látex…)?",
        Question::MetalAllergy => "¿Tiene alergia al acero inoxidable, a otros metales o a las cremas anestésicas?",
        Question::RecentProcedures => "¿Le han aplicado rellenos o Botox, o ha tenido alguna cirugía en la zona en los últimos 12 meses?",
    }
}

fn choice_label(q: Question, id: &str) -> &'static str {
    match (q, id) {
        (_, "yes") => "Sí",
        (_, "no") => "No",
        (_, "not-sure") => "No lo sé",
        (Question::AgeBand, "under-18") => "Menos de 18",
        (Question::AgeBand, "18-21") => "De 18 a 21",
        (Question::AgeBand, _) => "22 o más",
        (Question::SkinType, "1") => "I: siempre se quema, nunca se broncea",
        (Question::SkinType, "2") => "II: se quema con facilidad, se broncea con dificultad",
        (Question::SkinType, "3") => "III: a veces se quema, se broncea de manera uniforme",
        (Question::SkinType, "4") => "IV: rara vez se quema, se broncea con facilidad",
        (Question::SkinType, "5") => "V: piel morena, muy rara vez se quema",
        (Question::SkinType, _) => "VI: piel muy pigmentada, nunca se quema",
        (Question::Psoriasis | Question::Eczema, "yes-elsewhere") => "Sí, pero no en la zona",
        (Question::Psoriasis | Question::Eczema, _) => "Sí, en la zona",
        (Question::AcneMedication, "yes-now") => "Sí, lo tomo actualmente",
        (Question::AcneMedication, _) => "Sí, lo dejé hace poco",
        (Question::Diabetes, "yes-controlled") => "Sí, bien controlada",
        (Question::Diabetes, _) => "Sí, pero no está bien controlada",
        _ => "Sí",
    }
}

fn answer_reason(q: Question, id: &str) -> &'static str {
    if id == "not-sure" {
        return match q {
            Question::SkinType => "Respondió “No lo sé” sobre su tipo de piel: la clínica lo evaluará, ya que la piel más oscura necesita parámetros más suaves.",
            _ => "Respondió “No lo sé” a una de las preguntas de seguridad: la clínica la revisará con usted.",
        };
    }
    match (q, id) {
        (Question::AgeBand, "under-18") => "El microneedling no se ofrece a menores de 18 años.",
        (Question::AgeBand, _) => "Los equipos de microneedling están autorizados para adultos de 22 años o más, así que un especialista le orientará en persona.",
        (Question::Pregnancy, _) => "Los tratamientos estéticos de la piel se posponen durante el embarazo, ya que no hay datos sobre su seguridad.",
        (Question::Breastfeeding, _) => "Durante la lactancia, la clínica revisará qué cremas anestésicas y productos tópicos son adecuados para usted.",
        (Question::ActiveAcne, _) => "Primero hay que tratar el acné activo en la zona.",
        (Question::ActiveInfection, _) => "No se puede tratar la piel con infección, herida abierta, sarpullido o fuego labial activo.",
        (Question::ColdSores, _) => "Si le salen fuegos labiales, es posible que necesite un antiviral preventivo antes del tratamiento.",
        (Question::Psoriasis | Question::Eczema, "yes-in-area") => "No se puede tratar la piel que tiene un brote de psoriasis o eccema en la zona.",
        (Question::Psoriasis | Question::Eczema, _) => "Si tiene psoriasis o eccema, un especialista revisará que la piel esté lo suficientemente en calma.",
        (Question::OtherSkinCondition, _) => "Informe al especialista sobre su afección de la piel para que pueda planear el tratamiento de forma segura.",
        (Question::Keloids, _) => "Si tiende a formar queloides o cicatrices elevadas, las microagujas podrían causarle cicatrices nuevas.",
        (Question::SkinCancer, _) => "Un médico debe revisar cualquier mancha sospechosa o cancerosa, y esa zona no se trata con microagujas.",
        (Question::AcneMedication, _) => "Las recomendaciones sobre el microneedling durante o poco después de la isotretinoína varían, así que un especialista lo decidirá con usted.",
        (Question::Anticoagulants, _) => "Los anticoagulantes aumentan el sangrado y los moretones; no los suspenda por su cuenta: la clínica le indicará qué hacer.",
        (Question::BleedingDisorder, _) => "Un trastorno de sangrado o de coagulación hace que el tratamiento con microagujas no sea seguro.",
        (Question::Diabetes, "yes-uncontrolled") => "La diabetes que no está bien controlada retrasa la cicatrización y aumenta el riesgo de infección.",
        (Question::Diabetes, _) => "Con diabetes, la piel sana más lentamente; el especialista lo tomará en cuenta al planear su tratamiento.",
        (Question::CancerTherapy, _) => "La quimioterapia, la radioterapia y los esteroides en dosis altas debilitan la cicatrización.",
        (Question::Autoimmune, _) => "Las enfermedades autoinmunes pueden afectar la cicatrización; un especialista lo revisará con usted.",
        (Question::SystemicInfection, _) => "Si tiene una infección crónica, un especialista necesita orientarle en persona.",
        (Question::Allergies, _) => "Informe al especialista sobre sus alergias antes de que se aplique cualquier producto en la piel tratada.",
        (Question::MetalAllergy, _) => "Una alergia al metal de las agujas o a las cremas anestésicas descarta el tratamiento.",
        (Question::RecentProcedures, _) => "Después de rellenos (6 meses), Botox (3 meses) o cirugía (12 meses) en la zona, hay que revisar los tiempos.",
        _ => "Por favor, hable de esta respuesta con el especialista.",
    }
}

fn comeback(c: Comeback) -> &'static str {
    match c {
        Comeback::AfterPregnancy => "Con gusto le atenderemos después de su embarazo.",
        Comeback::AcneUnderControl => "Regrese cuando su acné esté bajo control.",
        Comeback::InfectionHealed => "Regrese cuando haya sanado por completo.",
        Comeback::FlareSettled => "Regrese cuando la piel de la zona esté libre de brotes.",
        Comeback::DiabetesControlled => "Regrese cuando su diabetes esté bien controlada.",
        Comeback::FourWeeksAfterTherapy => {
            "Regrese al menos 4 semanas después de terminar la terapia."
        }
    }
}

fn concern_reason(c: Concern) -> &'static str {
    match c {
        Concern::Rosacea => "La rosácea se trata con microneedling, pero también es motivo de precaución, así que un especialista lo decidirá en su consulta.",
        Concern::RaisedScars => "Los queloides y las cicatrices elevadas no se tratan con microneedling; un especialista puede sugerirle lo que sí ayuda.",
        _ => "Un especialista evaluará este aspecto con usted.",
    }
}

fn grade_note(n: GradeNote) -> &'static str {
    match n {
        GradeNote::CombinationTherapy => "Las cicatrices de acné graves suelen requerir microneedling combinado con otros tratamientos.",
        GradeNote::BeyondMicroneedling => "En esta etapa, a menudo se consideran opciones más profundas, como láser o cirugía, junto con el microneedling.",
        GradeNote::ConsiderRfOrSurgery => "Para una flacidez marcada, el microneedling con radiofrecuencia o la opinión de un cirujano podrían ser más adecuados para usted.",
        GradeNote::AdvancedHairLoss => "La caída avanzada del cabello va más allá de lo que se trató en los estudios; un especialista hablará con usted sobre las opciones.",
        GradeNote::ColourNotContour => "Las marcas planas son un problema de color; los tratamientos para la pigmentación pueden ayudar más que el microneedling.",
    }
}

fn add_on_safety(k: AddOnKind) -> &'static str {
    match k {
        AddOnKind::VitaminC => "Los sueros de vitamina C aplicados durante el microneedling se han relacionado con granulomas en la piel; el especialista solo usará productos formulados para piel recién tratada.",
        AddOnKind::Tretinoin => "La tretinoína es un retinoide que se suspende de 5 a 7 días como parte de los cuidados posteriores; si usarla y cuándo se decide con el especialista.",
        AddOnKind::Prp | AddOnKind::Other => "Por favor, hable de este extra con el especialista.",
    }
}

fn adjustment(a: Adjustment) -> &'static str {
    match a {
        Adjustment::DelayStartTwoWeeks => "Empiece unas 2 semanas después, cuando la quemadura de sol o el bronceado hayan desaparecido (tratar la piel bronceada puede dejar manchas oscuras).",
        Adjustment::DarkerSkinCare => "Para su tipo de piel: menor profundidad, protección solar estricta, cuidados previos para controlar la pigmentación y más tiempo entre sesiones.",
        Adjustment::WaitForScarToMature => "Las cicatrices se tratan cuando tienen al menos 6 meses (12 meses en el caso de cicatrices quirúrgicas en la cara).",
    }
}

fn maintenance(m: Maintenance) -> String {
    match m {
        Maintenance::EveryMonths(s) => format!("Una sesión cada {}–{} meses", s.min, s.max),
        Maintenance::TopicalsAndSunscreen => "Protector solar diario y cremas para controlar la pigmentación; las manchas pueden volver".into(),
        Maintenance::OngoingWithMedicalTherapy => "Continúe con su medicamento para la caída del cabello (como el minoxidil)".into(),
        Maintenance::AsNeeded => "Sesiones de retoque solo si se necesitan".into(),
    }
}

fn milestone(m: Milestone) -> &'static str {
    match m {
        Milestone::SessionDay => "Puntitos de sangrado, sensación de tirantez y enrojecimiento como de quemadura de sol durante unas horas",
        Milestone::Makeup => "Ya puede volver a maquillarse",
        Milestone::Exercise => "Ya puede volver a hacer ejercicio y sudar",
        Milestone::Swimming => "Ya puede volver a albercas, saunas y autobronceador",
        Milestone::Actives => "Por lo general, ya puede volver a usar retinoides, ácidos y vitamina C (consulte a su especialista)",
    }
}

fn aftercare(r: AftercareRule) -> &'static str {
    match r {
        AftercareRule::Sunscreen => "La piel tratada se quema con facilidad: use todos los días un protector solar mineral SPF 30 o más.",
        AftercareRule::NoMakeup => "Nada de maquillaje durante 24–48 horas.",
        AftercareRule::NoSweatOrPools => "Nada de ejercicio, sauna ni natación durante 24–48 horas; nada de albercas, peelings, depilación ni autobronceador durante 2–3 días.",
        AftercareRule::PauseActives => "Suspenda los retinoides, los ácidos AHA/BHA, la vitamina C y el peróxido de benzoilo hasta el día 5–7.",
        AftercareRule::NoPicking => "Deje que la piel que se descama se caiga sola: no la arranque ni la talle.",
        AftercareRule::OnlyApprovedProducts => "En la piel recién tratada, use solo los productos que le dé su especialista.",
        AftercareRule::BeforeTreatment => "Antes de cada sesión: deje el retinol al menos 2 días antes y evite los suplementos que adelgazan la sangre.",
    }
}
