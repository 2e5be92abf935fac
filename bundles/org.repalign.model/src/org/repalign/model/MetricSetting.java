/**
 * RepAlign
 */
package org.repalign.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Setting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A metric by id or shorthand (mutual_knn, svcca, mutual_knn_10) with optional parameters.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.repalign.model.MetricSetting#getId <em>Id</em>}</li>
 *   <li>{@link org.repalign.model.MetricSetting#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see org.repalign.model.ExperimentPackage#getMetricSetting()
 * @model
 * @generated
 */
public interface MetricSetting extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.repalign.model.ExperimentPackage#getMetricSetting_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.repalign.model.MetricSetting#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.repalign.model.MetricParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.repalign.model.ExperimentPackage#getMetricSetting_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricParameter> getParameters();

} // MetricSetting
